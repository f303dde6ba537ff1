import AspirasiCore
import ChannelKit
import Foundation

private typealias Variable = SettingsResolver.Variable

/// What the Facebook Page channel needs: the app secret (signatures), the
/// verify token chosen when subscribing the webhook, the page's id (to drop
/// its own writing), a page access token to reply, and the Graph API's base.
public struct FacebookSettings: Sendable {
    public var appSecret: String
    public var verifyToken: String
    public var pageID: String
    public var pageToken: String?
    public var graphBase: String
    /// The app has Meta's Human Agent permission: officers' replies may go with `HUMAN_AGENT` for 7 days.
    public var humanAgent: Bool

    public init(
        appSecret: String, verifyToken: String, pageID: String, pageToken: String? = nil,
        graphBase: String = "https://graph.facebook.com/v21.0", humanAgent: Bool = false
    ) {
        self.humanAgent = humanAgent
        self.appSecret = appSecret
        self.verifyToken = verifyToken
        self.pageID = pageID
        self.pageToken = pageToken
        self.graphBase = graphBase
    }
}

extension SettingsResolver.Variable {
    public static let fbAppSecret = "ASPIRASI_FB_APP_SECRET"
    public static let fbVerifyToken = "ASPIRASI_FB_VERIFY_TOKEN"
    public static let fbPageID = "ASPIRASI_FB_PAGE_ID"
    public static let fbPageToken = "ASPIRASI_FB_PAGE_TOKEN"
    public static let fbGraphBase = "ASPIRASI_FB_GRAPH_BASE"
    public static let fbHumanAgent = "ASPIRASI_FB_HUMAN_AGENT"
}

extension FacebookSettings {
    static func resolve(_ source: ChannelSettingsSource, problems: inout [String]) -> FacebookSettings? {
        let secret = source.value(Variable.fbAppSecret)
        let verify = source.value(Variable.fbVerifyToken)
        let page = source.value(Variable.fbPageID)
        guard secret != nil || verify != nil || page != nil else { return nil }
        guard let secret, let verify, let page, page.allSatisfy(\.isNumber) else {
            problems.append(
                "the Facebook channel needs \(Variable.fbAppSecret), \(Variable.fbVerifyToken) and \(Variable.fbPageID) (numeric)"
            )
            return nil
        }
        let base = source.value(Variable.fbGraphBase) ?? "https://graph.facebook.com/v21.0"
        guard ChannelSettingsSource.isHTTP(base) else {
            problems.append("\(Variable.fbGraphBase) must be an http(s) URL")
            return nil
        }
        let humanAgent = source.value(Variable.fbHumanAgent) ?? "false"
        guard ["true", "false"].contains(humanAgent) else {
            problems.append("\(Variable.fbHumanAgent) must be true or false")
            return nil
        }
        return FacebookSettings(
            appSecret: secret, verifyToken: verify, pageID: page, pageToken: source.value(Variable.fbPageToken),
            graphBase: base, humanAgent: humanAgent == "true")
    }
}
