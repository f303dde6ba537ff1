import ChannelKit
import Foundation
import Logging
import MailKit
import NIOSSL

/// Where and as whom the hub sends mail.
public struct MailSubmission: Sendable {
    public enum Security: Sendable { case plain, tls, startTLS }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    public var fromAddress: String
    public var fromName: String
    public var perAddressPerHour: Int

    public init(
        host: String, port: Int, security: Security, username: String? = nil, password: String? = nil,
        fromAddress: String, fromName: String, perAddressPerHour: Int = 10
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
        self.fromAddress = fromAddress
        self.fromName = fromName
        self.perAddressPerHour = perAddressPerHour
    }

    var domain: String { fromAddress.split(separator: "@").last.map(String.init) ?? "localhost" }
}

/// Answers by mail over SMTP: in the citizen's thread (In-Reply-To and
/// References to their mail), the tracking number in the subject (so a reply
/// from another mail program still finds the report), `Auto-Submitted:
/// auto-replied` (so well-behaved machines do not answer us). The Message-ID
/// is made from the delivery, so a retry carries the same id, and it is
/// recorded as the provider id: a citizen answering our mail threads by it.
public struct EmailSender: DeliverySender {
    let submission: MailSubmission
    let limiter: RecipientLimiter
    let timeout: Duration
    let logger: Logger

    /// SMTP cannot tell a repeat: a mail that may have gone out is left for an admin.
    public var honoursIdempotencyKeys: Bool { false }

    public init(submission: MailSubmission, timeout: Duration = .seconds(30), logger: Logger) {
        self.submission = submission
        self.limiter = RecipientLimiter(limit: submission.perAddressPerHour)
        self.timeout = timeout
        self.logger = logger
    }

    public func send(_ message: OutgoingMessage) async throws(SendFailure) -> ProviderReceipt {
        guard let recipient = EmailAddress.parse(message.recipient), recipient.domain != nil else {
            throw .permanent("not a mail address")
        }
        // The limit guards citizens' addresses against loops; officials' notifications are not held back.
        let toCitizen =
            !(message.payload["template"] ?? "").hasPrefix("notify_")
            && !(message.payload["template"] ?? "").hasPrefix("escalation_")
        if toCitizen, let until = await limiter.admit(recipient.normalizedAddress) { throw .deferred(until: until) }
        let key = WebhookSignature.sha256Hex(Data(message.idempotencyKey.utf8)).prefix(12)
        let messageID = "aspirasi.\(message.deliveryID).\(key)@\(submission.domain)"
        // A citizen's odd Message-ID (or our stand-in for a missing one) must not stop the answer: it goes
        // out unthreaded, still carrying the tracking number in its subject.
        let thread = message.threadKey.flatMap { $0.hasPrefix("sha256:") ? nil : try? EmailComposer.validMessageID($0) }
        let number = message.trackingNumber.map { "Aspirasi #\($0)" } ?? "Aspirasi"
        let mail = OutgoingEmail(
            from: EmailAddress(address: submission.fromAddress, displayName: submission.fromName),
            to: [EmailAddress(address: recipient.address)], subject: thread == nil ? number : "Re: \(number)",
            body: message.text + "\n\n-- \nBalas email ini untuk menambahkan keterangan atau foto.",
            date: Date(), messageID: messageID, inReplyTo: thread, references: thread.map { [$0] } ?? [])
        let bytes: [UInt8]
        do {
            bytes = try EmailComposer.compose(mail)
        } catch {
            throw .permanent("the mail could not be written: \(error)")
        }
        do {
            let client = try await SMTPClient.connect(
                host: submission.host, port: submission.port, tls: tlsMode, configuration: configuration,
                logger: logger)
            do {
                _ = try await client.send(from: submission.fromAddress, to: [recipient.address], data: bytes)
            } catch {
                await client.close()
                throw error
            }
            await client.quit()
        } catch let error as SMTPError {
            // Servers quote the address they refuse; the reason is logged and shown to admins without it.
            let reason = Self.redact(error.description, recipient.address)
            switch error.kind {
            case .transient: throw .transient(reason)
            case .permanent: throw .permanent(reason)
            case .unknownOutcome: throw .unknownOutcome(reason)
            }
        } catch {
            throw .transient(Self.redact("SMTP: \(error)", recipient.address))
        }
        return ProviderReceipt(providerID: messageID)
    }

    static func redact(_ text: String, _ address: String) -> String {
        text.replacingOccurrences(of: address, with: "<recipient>", options: .caseInsensitive)
    }

    var tlsMode: MailTLSMode {
        switch submission.security {
        case .plain: .plain
        case .tls: .implicit(TLSConfiguration.makeClientConfiguration())
        case .startTLS: .startTLS(TLSConfiguration.makeClientConfiguration())
        }
    }

    var configuration: SMTPConfiguration {
        var configuration = SMTPConfiguration()
        configuration.clientHostname = submission.domain
        configuration.commandTimeout = timeout
        configuration.finalReplyTimeout = timeout
        if let username = submission.username, let password = submission.password {
            configuration.credentials = SMTPCredentials(username: username, password: password)
        }
        return configuration
    }
}
