import ChannelKit
import Foundation

/// The one table of Qlue's field names and statuses. Qlue has no public API:
/// these are the names of the 2015-era feed integration (CHANNELS.md), kept
/// here so that the real specification, once the operator hands it over,
/// changes this file and nothing else.
enum QlueFields {
    static let posts = "posts"
    static let id = "post_id"
    static let date = "post_date"
    static let title = "post_title"
    static let description = "post_desc"
    static let images = "post_images"
    static let latitude = "loc_lat"
    static let longitude = "loc_lng"
    static let profileName = "profile_name"
    static let profileID = "profile_id"
    static let address = "loc_address"
    static let category = "category"

    /// The status Qlue shows, from ours: wait (red), process (yellow), complete (green).
    static func status(_ status: ReportStatus) -> String { StatusProjection.qlue(status) }
}
