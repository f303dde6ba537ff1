import ChannelKit
import Foundation

@testable import AspirasiServer
@testable import SMSAdapter

/// Form-encoded bodies: Twilio's webhook, Kannel's query string and Open311's POST.
enum FormTargets {
    static let all: [FuzzTarget] = [
        FuzzTarget(name: "form") { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            _ = FormFields(text)
            // Any text survives encoding and decoding unchanged.
            let decoded = FormFields("v=" + FormFields.encode(text))
            require(decoded["v"] == text && decoded.malformed.isEmpty, "form encoding round trip")
        },
        FuzzTarget(name: "kannel") { bytes in
            _ = try? KannelInbound.decode(query: String(decoding: bytes, as: UTF8.self))
        },
        FuzzTarget(name: "twilio") { bytes in
            let form = FormFields(String(decoding: bytes, as: UTF8.self))
            _ = TwilioParameters.problem(in: form.pairs)
            _ = try? TwilioWebhook(authToken: "fuzz", publicURL: "https://hub.example/webhooks/twilio")
                .decode(form, raw: Data(bytes))
        },
        FuzzTarget(name: "open311") { bytes in
            let form = FormFields(String(decoding: bytes, as: UTF8.self))
            guard let code = try? Open311Routes.serviceCode(form) else { return }
            _ = try? Open311Routes.message(from: form, serviceCode: code, keyName: "fuzz", raw: Data(bytes))
        },
    ]
}
