/// What the WhatsApp Business Platform (Cloud API) channel needs: the Meta app's secret (it signs every
/// webhook call), the verify token chosen when subscribing the webhook, the business phone number's
/// id (it sends our replies, and messages to the WABA's other numbers are not ours), a system-user
/// access token (bearer, for sending and for media), the approved template that carries news outside
/// the 24-hour customer-service window, and the Graph API's base (tests point it at a fake).
public struct WhatsAppSettings: Sendable {
    public enum Variable {
        public static let appSecret = "ASPIRASI_WA_APP_SECRET"
        public static let verifyToken = "ASPIRASI_WA_VERIFY_TOKEN"
        public static let phoneNumberID = "ASPIRASI_WA_PHONE_NUMBER_ID"
        public static let accessToken = "ASPIRASI_WA_ACCESS_TOKEN"
        public static let template = "ASPIRASI_WA_TEMPLATE"
        public static let templateLanguage = "ASPIRASI_WA_TEMPLATE_LANGUAGE"
        public static let graphBase = "ASPIRASI_WA_GRAPH_BASE"

        static let required = [appSecret, verifyToken, phoneNumberID, accessToken]
        static let all = required + [template, templateLanguage, graphBase]
    }

    public var appSecret: String
    public var verifyToken: String
    public var phoneNumberID: String
    public var accessToken: String
    /// An approved template with one body variable (`{{1}}`, our text); nil: no news outside the window.
    public var template: String?
    /// The template's language as approved; Bahasa Indonesia is `id`.
    public var templateLanguage: String
    public var graphBase: String

    public init(
        appSecret: String, verifyToken: String, phoneNumberID: String, accessToken: String, template: String? = nil,
        templateLanguage: String = "id", graphBase: String = "https://graph.facebook.com/v21.0"
    ) {
        self.appSecret = appSecret
        self.verifyToken = verifyToken
        self.phoneNumberID = phoneNumberID
        self.accessToken = accessToken
        self.template = template
        self.templateLanguage = templateLanguage
        self.graphBase = graphBase.hasSuffix("/") ? String(graphBase.dropLast()) : graphBase
    }

    /// All of the required variables or none; each wrong value named.
    static func resolve(_ source: ChannelSettingsSource, problems: inout [String]) -> WhatsAppSettings? {
        guard Variable.all.contains(where: { source.value($0) != nil }) else { return nil }
        let values = Variable.required.map(source.value)
        guard let secret = values[0], let verify = values[1], let phone = values[2], let token = values[3] else {
            problems.append("the WhatsApp channel needs \(Variable.required.joined(separator: ", "))")
            return nil
        }
        var valid = true
        if !phone.allSatisfy({ $0.isASCII && $0.isNumber }) {
            problems.append("\(Variable.phoneNumberID) must be the numeric id of the business phone number")
            valid = false
        }
        let base = source.value(Variable.graphBase) ?? "https://graph.facebook.com/v21.0"
        if !ChannelSettingsSource.isHTTP(base) {
            problems.append("\(Variable.graphBase) must be an http(s) URL")
            valid = false
        }
        let template = source.value(Variable.template)
        if let template, !template.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) {
            problems.append("\(Variable.template) must be a template name: lower-case letters, digits and _")
            valid = false
        }
        let language = source.value(Variable.templateLanguage) ?? "id"
        if !language.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "_") }) {
            problems.append("\(Variable.templateLanguage) must be a language code such as id or en_US")
            valid = false
        }
        guard valid else { return nil }
        return WhatsAppSettings(
            appSecret: secret, verifyToken: verify, phoneNumberID: phone, accessToken: token, template: template,
            templateLanguage: language, graphBase: base)
    }
}
