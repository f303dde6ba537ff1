import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real Kannel on loopback for tests: bearerbox with the fake SMSC driver,
/// smsbox with a sendsms user and a catch-all service calling the hub, and
/// `fakesmsc` playing the phone network: it injects an SMS and prints every
/// SMS Kannel sends out. Debian's `kannel` and `kannel-extras` provide them
/// (`scripts/bootstrap.sh test` installs both).
public final class KannelGateway: @unchecked Sendable {
    public static let bearerbox = "/usr/sbin/bearerbox"
    public static let smsbox = "/usr/sbin/smsbox"
    public static let fakesmsc = "/usr/lib/kannel/test/fakesmsc"
    public static let username = "aspirasi"
    public static let password = "rahasia-kannel"

    public let directory: URL
    public let sendsmsURL: String
    let smscPort: Int
    private var processes: [Process] = []
    private let lock = NSLock()

    public enum GatewayError: Error, CustomStringConvertible {
        case notInstalled(String)
        case notReady(String)

        public var description: String {
            switch self {
            case .notInstalled(let path):
                "\(path) is missing: install kannel and kannel-extras (scripts/bootstrap.sh test)"
            case .notReady(let log): "Kannel did not start:\n\(log)"
            }
        }
    }

    /// Starts bearerbox and smsbox; smsbox sends each incoming SMS to `getURL` (Kannel placeholders allowed).
    public init(getURL: String) throws {
        for path in [Self.bearerbox, Self.smsbox, Self.fakesmsc]
        where !FileManager.default.isExecutableFile(atPath: path) {
            throw GatewayError.notInstalled(path)
        }
        directory = try TemporaryDirectory.make(prefix: "aspirasi-kannel")
        let (admin, box, sendsms, smsc) = (try freeTCPPort(), try freeTCPPort(), try freeTCPPort(), try freeTCPPort())
        smscPort = smsc
        sendsmsURL = "http://127.0.0.1:\(sendsms)/cgi-bin/sendsms"
        let path = directory.path
        try FileManager.default.createDirectory(atPath: "\(path)/spool", withIntermediateDirectories: true)
        let configuration = """
            group = core
            admin-port = \(admin)
            admin-password = \(UUID().uuidString)
            smsbox-port = \(box)
            box-allow-ip = 127.0.0.1
            log-level = 1
            log-file = "\(path)/bearerbox.log"
            store-type = spool
            store-location = "\(path)/spool"
            dlr-storage = internal

            group = smsc
            smsc = fake
            smsc-id = fake
            host = 127.0.0.1
            port = \(smsc)
            connect-allow-ip = 127.0.0.1

            group = smsbox
            bearerbox-host = 127.0.0.1
            bearerbox-port = \(box)
            sendsms-port = \(sendsms)
            global-sender = 1708
            log-level = 1
            log-file = "\(path)/smsbox.log"

            group = sendsms-user
            username = \(Self.username)
            password = \(Self.password)
            max-messages = 4
            concatenation = true

            group = sms-service
            keyword = default
            catch-all = true
            max-messages = 0
            get-url = "\(getURL)"

            """
        try configuration.write(toFile: "\(path)/kannel.conf", atomically: true, encoding: .utf8)
        try start(Self.bearerbox, ["\(path)/kannel.conf"], log: "bearerbox.out")
        try wait(for: smsc)
        try start(Self.smsbox, ["\(path)/kannel.conf"], log: "smsbox.out")
        try wait(for: sendsms)
    }

    deinit { stop() }

    /// The phone network sends one SMS from `from` to `to`; the same fake SMSC then prints what Kannel sends.
    public func inject(from: String, to: String, text: String) throws {
        try start(
            Self.fakesmsc, ["-H", "127.0.0.1", "-r", "\(smscPort)", "-m", "1", "\(from) \(to) text \(text)"],
            log: "fakesmsc.out")
    }

    /// Every SMS Kannel has sent out, as `from to text message`.
    public func sent() -> [String] {
        let log =
            (try? String(contentsOfFile: directory.appendingPathComponent("fakesmsc.out").path, encoding: .utf8)) ?? ""
        return log.split(separator: "\n").compactMap { line in
            guard let start = line.range(of: "Got message "), let open = line[start.upperBound...].firstIndex(of: "<"),
                let close = line.lastIndex(of: ">"), open < close
            else { return nil }
            return String(line[line.index(after: open)..<close])
        }
    }

    public var logs: String {
        ["bearerbox.log", "smsbox.log", "fakesmsc.out"].map { name in
            let text = (try? String(contentsOfFile: directory.appendingPathComponent(name).path, encoding: .utf8)) ?? ""
            return "== \(name)\n" + text.split(separator: "\n").suffix(30).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    public func stop() {
        let running = lock.withLock {
            let list = processes
            processes = []
            return list
        }
        // SIGKILL: bearerbox's orderly SIGTERM shutdown can wait on its boxes for a long time.
        for process in running.reversed() where process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    private func start(_ executable: String, _ arguments: [String], log: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = directory.appendingPathComponent(log)
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        lock.withLock { processes.append(process) }
    }

    /// Polls until something listens on `port` (a few seconds at most).
    private func wait(for port: Int) throws {
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if !isFree(port: port) { return }
            usleep(50_000)
        }
        throw GatewayError.notReady(logs)
    }
}
