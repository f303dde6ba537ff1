import AspirasiStore
import Hummingbird
import HummingbirdAuth
import NIOCore

/// A signed-in officer on the console: the account, the session token its cookie carries, and
/// the CSRF token every form of that session must return.
struct ConsoleSession: Sendable {
    let officer: Officer
    let token: String
    let csrfToken: String
}

/// The context of every `/console` route: the hub's context plus the session (set by
/// `ConsoleAuthenticator`) and the posted form (set by `ConsoleFormMiddleware` after its CSRF check).
struct ConsoleRequestContext: ChildRequestContext, AuthRequestContext, RemoteAddressRequestContext {
    typealias ParentContext = HubRequestContext

    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?
    var identity: ConsoleSession?
    /// The fields of a POST, present only once its CSRF token was checked.
    var form: ConsoleForm?

    init(context: HubRequestContext) throws {
        self.coreContext = context.coreContext
        self.remoteAddress = context.remoteAddress
    }

    /// The signed-in officer; `ConsoleSignInRequired` guarantees one on every route behind it.
    func session() throws -> ConsoleSession {
        guard let identity else { throw WorkflowError.unauthenticated }
        return identity
    }

    /// The checked form of a POST; `ConsoleFormMiddleware` guarantees one on every POST.
    func postedForm() throws -> ConsoleForm {
        guard let form else { throw HTTPError(.forbidden) }
        return form
    }
}
