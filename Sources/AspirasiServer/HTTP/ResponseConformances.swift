import AspirasiCore
import AspirasiStore
import Hummingbird

// The store's answers go out as they are, through the request context's encoder: the store does not
// know Hummingbird, so the conformances live here.
extension QueuePage: ResponseEncodable {}
extension StatusCounts: ResponseEncodable {}
extension ReportDetail: ResponseEncodable {}
extension ReportDetail.Photo: ResponseEncodable {}
extension ActionOutcome: ResponseEncodable {}
extension OfficerAccount: ResponseEncodable {}
extension CategoryServiceLevel: ResponseEncodable {}
extension PublicHoliday: ResponseEncodable {}
extension UnitContact: ResponseEncodable {}
extension CitizenExport: ResponseEncodable {}
extension ErasureSummary: ResponseEncodable {}
extension CitizenContactView: ResponseEncodable {}
