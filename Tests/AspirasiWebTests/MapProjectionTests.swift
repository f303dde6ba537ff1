import XCTest

@testable import AspirasiWeb

final class MapProjectionTests: XCTestCase {
    /// A square of 0.01° around Jakarta's latitude.
    let square = GeoShape(polygons: [
        [
            [
                GeoCoordinate(lon: 106.80, lat: -6.20), GeoCoordinate(lon: 106.81, lat: -6.20),
                GeoCoordinate(lon: 106.81, lat: -6.19), GeoCoordinate(lon: 106.80, lat: -6.19),
            ]
        ]
    ])

    func testNorthIsUpAndTheShapeFillsTheWidth() throws {
        let box = try XCTUnwrap(GeoBox(square.coordinates))
        let projection = MapProjection(fitting: box, width: 200, maxHeight: 400, padding: 10)
        let northWest = projection.project(GeoCoordinate(lon: 106.80, lat: -6.19))
        let southEast = projection.project(GeoCoordinate(lon: 106.81, lat: -6.20))
        XCTAssertEqual(northWest.x, 10, accuracy: 0.001)
        XCTAssertEqual(northWest.y, 10, accuracy: 0.001)
        XCTAssertEqual(southEast.x, 190, accuracy: 0.001)
        XCTAssertLessThan(northWest.y, southEast.y, "north is drawn above south")
    }

    func testLongitudesShrinkByTheCosineOfTheLatitude() throws {
        // At 60° a degree of longitude is half a degree of latitude on the ground.
        let far = GeoShape(polygons: [
            [
                [
                    GeoCoordinate(lon: 10, lat: 59.9), GeoCoordinate(lon: 10.2, lat: 59.9),
                    GeoCoordinate(lon: 10.2, lat: 60.1), GeoCoordinate(lon: 10, lat: 60.1),
                ]
            ]
        ])
        let projection = MapProjection(
            fitting: try XCTUnwrap(GeoBox(far.coordinates)), width: 1000, maxHeight: 1000, padding: 0)
        let a = projection.project(GeoCoordinate(lon: 10, lat: 59.9))
        let b = projection.project(GeoCoordinate(lon: 10.2, lat: 60.1))
        let width = b.x - a.x
        let height = a.y - b.y
        XCTAssertEqual(width / height, cos(60 * Double.pi / 180), accuracy: 0.001)
        XCTAssertEqual(projection.height, 1000, accuracy: 1)
    }

    func testPathsAreClosedRingsWithOneDecimal() throws {
        // On the equator a degree is a degree either way, so the square fills the box exactly.
        let equator = GeoShape(polygons: [
            [
                [
                    GeoCoordinate(lon: 10, lat: -0.005), GeoCoordinate(lon: 10.01, lat: -0.005),
                    GeoCoordinate(lon: 10.01, lat: 0.005), GeoCoordinate(lon: 10, lat: 0.005),
                ]
            ]
        ])
        let projection = MapProjection(
            fitting: try XCTUnwrap(GeoBox(equator.coordinates)), width: 100, maxHeight: 100, padding: 0)
        let path = projection.path(equator)
        XCTAssertTrue(path.hasPrefix("M0,100L100,100L100,0L0,0Z"), path)
        XCTAssertEqual(MapProjection.format(12.345), "12.3")
        XCTAssertEqual(MapProjection.format(-0.46), "-0.5")
    }

    func testSimplificationDropsPointsCloserThanTheTolerance() throws {
        var ring: [GeoCoordinate] = []
        for step in 0..<1000 {
            let angle = Double(step) / 1000 * 2 * Double.pi
            ring.append(GeoCoordinate(lon: 106.8 + 0.01 * cos(angle), lat: -6.2 + 0.01 * sin(angle)))
        }
        let circle = GeoShape(polygons: [[ring]])
        let projection = MapProjection(fitting: try XCTUnwrap(GeoBox(ring)), width: 100, maxHeight: 100)
        let full = projection.path(circle).filter { $0 == "L" }.count
        let simplified = projection.path(circle, tolerance: 2).filter { $0 == "L" }.count
        XCTAssertEqual(full, 999)
        XCTAssertLessThan(simplified, 200)
        XCTAssertGreaterThan(simplified, 20)
    }

    func testGeoJSONFromPostGISIsRead() throws {
        let json =
            #"{"type":"MultiPolygon","coordinates":[[[[106.8,-6.2],[106.81,-6.2],[106.81,-6.19],[106.8,-6.2]]]]}"#
        let shape = try XCTUnwrap(GeoShape(geoJSON: json))
        XCTAssertEqual(shape.polygons.count, 1)
        XCTAssertEqual(shape.polygons[0][0].count, 4)
        XCTAssertNil(GeoShape(geoJSON: #"{"type":"Point","coordinates":[1,2]}"#))
        XCTAssertNil(GeoShape(geoJSON: "not json"))
    }

    func testTheReportMapDrawsTheOutlineAndThePoint() throws {
        let svg = try XCTUnwrap(
            MapPictures.report(outline: square, point: GeoCoordinate(lon: 106.805, lat: -6.195), status: .proses))
        XCTAssertTrue(svg.rendered.contains("<path class=\"outline\""))
        XCTAssertTrue(svg.rendered.contains("<circle class=\"dot tone-yellow\" cx=\"160\""), svg.rendered)
    }
}
