import AspirasiCore

/// A value and what a person reads for it, for `<select>`s and `<datalist>`s.
public struct Choice: Sendable, Equatable {
    public let value: String
    public let label: String

    public init(_ value: String, _ label: String) {
        self.value = value
        self.label = label
    }
}

/// Channel names as officers say them.
public enum ChannelName {
    public static func of(_ code: String) -> String {
        switch Channel(rawValue: code) {
        case .app: "Aplikasi"
        case .qlue: "Qlue"
        case .twitter: "X"
        case .facebook: "Facebook"
        case .sms: "SMS"
        case .email: "Email"
        case .forum: "Balai Warga"
        case .lapor: "LAPOR!"
        case .whatsapp: "WhatsApp"
        case .api: "API Mitra"
        case nil: code
        }
    }

    public static var all: [Choice] { Channel.allCases.map { Choice($0.rawValue, of($0.rawValue)) } }
}

extension Form {
    static func options(_ choices: [Choice], selected: String?) -> HTML {
        options(choices.map { ($0.value, $0.label) }, selected: selected)
    }
}
