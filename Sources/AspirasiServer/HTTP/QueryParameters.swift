import AspirasiCore
import Hummingbird

/// Reads typed values out of a query string, failing with the parameter's name.
struct QueryParameters {
    let parameters: Hummingbird.Parameters

    init(_ parameters: Hummingbird.Parameters) {
        self.parameters = parameters
    }

    func requiredDouble(_ name: String) throws(APIError) -> Double {
        guard let text = parameters[name[...]].map(String.init), !text.isEmpty else {
            throw .missingParameter(name)
        }
        guard let value = Double(text), value.isFinite else {
            throw .invalidParameter(name, "\(name) must be a decimal number, not \"\(text.prefix(40))\"")
        }
        return value
    }

    /// `lat` and `lon` as a WGS84 point.
    func point(latitude: String = "lat", longitude: String = "lon") throws(APIError) -> GeoPoint {
        let lat = try requiredDouble(latitude)
        let lon = try requiredDouble(longitude)
        do {
            return try GeoPoint(latitude: lat, longitude: lon)
        } catch .latitudeOutOfRange {
            throw .invalidParameter(latitude, "\(latitude) must be between -90 and 90")
        } catch {
            throw .invalidParameter(longitude, "\(longitude) must be between -180 and 180")
        }
    }
}

extension QueryParameters {
    /// The name of the first parameter whose value holds U+0000 (`%00`), which no text column can store.
    var nameHoldingNUL: String? {
        parameters.first { $0.value.containsNUL }.map { String($0.key).withoutNULs }
    }
}
