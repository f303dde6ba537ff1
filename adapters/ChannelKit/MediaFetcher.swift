import AspirasiCore
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A photo fetched from a channel: bytes checked to be a JPEG or PNG.
public struct FetchedPhoto: Sendable {
    public let type: ImageType
    public let bytes: ByteBuffer
}

/// Why a photo could not be fetched: `refused` is final (a private address,
/// too large, not an image, gone); `transient` may work later.
public enum FetchFailure: Error, Sendable, Equatable {
    case refused(String)
    case transient(String)
}

/// Fetches the photos citizens attach on their channels.
public protocol PhotoFetching: Sendable {
    func fetch(_ url: String) async throws(FetchFailure) -> FetchedPhoto
    /// The same with `Authorization: Bearer <token>`, for media a provider serves only to its API's
    /// token (WhatsApp); the token goes only to the URL's own host, never to a redirect elsewhere.
    func fetch(_ url: String, bearerToken: String) async throws(FetchFailure) -> FetchedPhoto
}

extension PhotoFetching {
    public func fetch(_ url: String, bearerToken: String) async throws(FetchFailure) -> FetchedPhoto {
        throw .refused("this photo fetcher sends no credentials")
    }
}

/// The live fetcher. Every hop (redirects included, at most three) is checked
/// before any byte is sent: http or https only, no credentials in the URL,
/// and the host name resolved here, every address it resolves to public
/// (`IPAddress.isPublicUnicast`) or inside an explicitly allowed network. The
/// connection then goes to the address that was checked (pinned through
/// AsyncHTTPClient's DNS override, TLS still verifying the name), so a name
/// that resolves differently a moment later cannot sneak inside. Bodies stop
/// at `ImageType.maximumBytes`; the type comes from the bytes.
public struct SafePhotoFetcher: PhotoFetching {
    public let allowedNetworks: [IPNetwork]
    public let timeout: TimeAmount
    /// The whole fetch, redirects and body included: a server trickling bytes cannot hold a worker longer.
    public let deadline: Duration
    public let maximumRedirects = 3

    public init(
        allowedNetworks: [IPNetwork] = [], timeout: TimeAmount = .seconds(15), deadline: Duration = .seconds(60)
    ) {
        self.allowedNetworks = allowedNetworks
        self.timeout = timeout
        self.deadline = deadline
    }

    public func fetch(_ url: String) async throws(FetchFailure) -> FetchedPhoto {
        try await fetch(url, authorization: nil)
    }

    public func fetch(_ url: String, bearerToken: String) async throws(FetchFailure) -> FetchedPhoto {
        guard let host = URL(string: url)?.host?.lowercased() else { throw .refused("a URL without a host") }
        return try await fetch(url, authorization: (host, "Bearer \(bearerToken)"))
    }

    func fetch(_ url: String, authorization: (host: String, value: String)?) async throws(FetchFailure)
        -> FetchedPhoto
    {
        let deadline = self.deadline
        let outcome = await withTaskGroup(of: Result<FetchedPhoto, FetchFailure>?.self) { group in
            group.addTask {
                do throws(FetchFailure) {
                    return .success(try await fetchHops(url, authorization: authorization))
                } catch {
                    return .failure(error)
                }
            }
            group.addTask {
                try? await Task.sleep(for: deadline)
                return nil
            }
            let first = await group.next()
            group.cancelAll()
            return first ?? nil
        }
        guard let outcome else { throw .transient("the fetch took longer than \(deadline)") }
        return try outcome.get()
    }

    func fetchHops(_ url: String, authorization: (host: String, value: String)? = nil) async throws(FetchFailure)
        -> FetchedPhoto
    {
        var current = url
        for _ in 0...maximumRedirects {
            let (parsed, address) = try await vet(current)
            let credential = authorization.flatMap { parsed.host?.lowercased() == $0.host ? $0.value : nil }
            switch try await get(parsed, pinnedTo: address, authorization: credential) {
            case .photo(let photo): return photo
            case .redirect(let location):
                guard let next = URL(string: location, relativeTo: parsed)?.absoluteString else {
                    throw .refused("a redirect to an unreadable location")
                }
                current = next
            }
        }
        throw .refused("more than \(maximumRedirects) redirects")
    }

    /// The URL and the checked address to connect to.
    func vet(_ text: String) async throws(FetchFailure) -> (URL, IPAddress) {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            let host = url.host, !host.isEmpty
        else { throw .refused("only http and https URLs with a host are fetched") }
        guard url.user == nil, url.password == nil else { throw .refused("URLs with credentials are not fetched") }
        let bare = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        let addresses: [IPAddress]
        if let literal = IPAddress(bare) {
            addresses = [literal]
        } else {
            addresses = await Self.resolve(bare)
        }
        guard let first = addresses.first else { throw .transient("the host name did not resolve") }
        for address in addresses
        where !address.isPublicUnicast && !allowedNetworks.contains(where: { $0.contains(address) }) {
            throw .refused("the host resolves to a private or reserved address (\(address.isV4 ? "IPv4" : "IPv6"))")
        }
        return (url, first)
    }

    enum Outcome {
        case photo(FetchedPhoto)
        case redirect(String)
    }

    func get(_ url: URL, pinnedTo address: IPAddress, authorization: String? = nil) async throws(FetchFailure)
        -> Outcome
    {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.timeout = .init(connect: .seconds(5), read: timeout)
        if let host = url.host, IPAddress(host) == nil, !host.hasPrefix("[") {
            configuration.dnsOverride = [host: address.description]
        }
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        let outcome: Result<Outcome, FetchFailure>
        do throws(FetchFailure) {
            outcome = .success(try await get(url, with: client, authorization: authorization))
        } catch {
            outcome = .failure(error)
        }
        try? await client.shutdown()
        return try outcome.get()
    }

    /// One request on a client pinned to the checked address.
    private func get(_ url: URL, with client: HTTPClient, authorization: String?) async throws(FetchFailure)
        -> Outcome
    {
        var request = HTTPClientRequest(url: url.absoluteString)
        if let authorization { request.headers.add(name: "Authorization", value: authorization) }
        request.headers.add(name: "Accept", value: "image/jpeg, image/png")
        request.headers.add(name: "User-Agent", value: "Aspirasi-photo-fetcher")
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: timeout)
        } catch {
            throw .transient("no answer: \(type(of: error))")
        }
        switch response.status.code {
        case 200:
            break
        case 301, 302, 303, 307, 308:
            guard let location = response.headers.first(name: "Location") else {
                throw .refused("a redirect without a location")
            }
            return .redirect(location)
        case 408, 429, 500...599:
            throw .transient("HTTP \(response.status.code)")
        default:
            throw .refused("HTTP \(response.status.code)")
        }
        if let length = response.headers.first(name: "Content-Length").flatMap(Int.init),
            length > ImageType.maximumBytes
        {
            throw .refused("larger than \(ImageType.maximumBytes) bytes")
        }
        let bytes: ByteBuffer
        do {
            bytes = try await response.body.collect(upTo: ImageType.maximumBytes)
        } catch is NIOTooManyBytesError {
            throw .refused("larger than \(ImageType.maximumBytes) bytes")
        } catch {
            throw .transient("the body broke off: \(type(of: error))")
        }
        guard let type = ImageType.sniff(bytes.readableBytesView) else { throw .refused("not a JPEG or PNG image") }
        return .photo(FetchedPhoto(type: type, bytes: bytes))
    }

    /// Every address the system resolver gives for `host`, resolved off the async executors.
    static func resolve(_ host: String) async -> [IPAddress] {
        (try? await NIOThreadPool.singleton.runIfActive { resolveBlocking(host) }) ?? []
    }

    static func resolveBlocking(_ host: String) -> [IPAddress] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0, let first = list else { return [] }
        defer { freeaddrinfo(list) }
        var addresses: [IPAddress] = []
        func add(_ bytes: [UInt8]) {
            if let address = IPAddress(bytes: bytes), !addresses.contains(address) { addresses.append(address) }
        }
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            if let sockaddr = entry.pointee.ai_addr {
                switch entry.pointee.ai_family {
                case AF_INET:
                    sockaddr.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { v4 in
                        withUnsafeBytes(of: v4.pointee.sin_addr) { add(Array($0)) }
                    }
                case AF_INET6:
                    sockaddr.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { v6 in
                        withUnsafeBytes(of: v6.pointee.sin6_addr) { add(Array($0)) }
                    }
                default: break
                }
            }
            cursor = entry.pointee.ai_next
        }
        return addresses
    }
}
