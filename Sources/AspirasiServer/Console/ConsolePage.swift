import AspirasiCore
import AspirasiStore
import AspirasiWeb
import Foundation
import Hummingbird
import NIOCore

/// Console answers: HTML pages with the console's security headers, and redirects that carry a flash.
enum ConsolePage {
    /// No script may run and nothing may be framed; styles, images and forms stay on the hub.
    static let securityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    static func response(_ page: HTML, status: HTTPResponse.Status = .ok, cookies: [Cookie] = []) -> Response {
        var response = Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                .contentSecurityPolicy: securityPolicy, .xContentTypeOptions: "nosniff",
            ],
            body: .init(byteBuffer: ByteBuffer(string: page.rendered)))
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }

    /// A page that shows (and so uses up) the flash message carried by the request, if any.
    static func render(
        _ request: Request, cookies: ConsoleCookies, _ build: (Flash?) -> HTML
    ) -> Response {
        let flash = Self.flash(in: request)
        return response(build(flash), cookies: flash == nil ? [] : [cookies.expired(ConsoleCookies.flash)])
    }

    /// Redirect-after-POST, with a message for the next page.
    static func redirect(_ location: String, _ flash: Flash?, cookies: ConsoleCookies) -> Response {
        var response = Response.redirect(to: location, type: .normal)
        if let flash {
            let text = ConsoleCookies.base64url(Data(flash.text.prefix(600).utf8))
            response.setCookie(cookies.make(ConsoleCookies.flash, "\(flash.kind.rawValue).\(text)", maxAge: 120))
        }
        return response
    }

    static func flash(in request: Request) -> Flash? {
        guard let value = request.cookies[ConsoleCookies.flash]?.value, let dot = value.firstIndex(of: ".") else {
            return nil
        }
        guard let kind = Flash.Kind(rawValue: String(value[..<dot])) else { return nil }
        var encoded = value[value.index(after: dot)...].replacingOccurrences(of: "-", with: "+")
            .replacingOccurrences(of: "_", with: "/")
        while encoded.count % 4 != 0 { encoded += "=" }
        guard let data = Data(base64Encoded: encoded), let text = String(data: data, encoding: .utf8) else {
            return nil
        }
        return Flash(kind, text)
    }
}

/// The header's view of the signed-in officer.
enum ConsoleViewer {
    static func make(_ session: ConsoleSession, catalog: IntakeCatalog) -> Viewer {
        Viewer(
            displayName: session.officer.displayName,
            unitName: catalog.units[session.officer.unitCode]?.name ?? session.officer.unitCode,
            role: session.officer.role, csrfToken: session.csrfToken,
            provinceWide: AccessScope(unit: session.officer.unitCode, in: catalog).units == nil)
    }
}
