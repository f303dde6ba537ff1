import Foundation

/// A static R-tree of bounding boxes, packed by Sort-Tile-Recursive: leaves
/// sorted into vertical slices by centre, each slice by height, cut into nodes
/// of `fanout`, then the same for every level above. Built once, read by any
/// number of tasks at once.
struct BoxTree: Sendable {
    struct Box: Sendable {
        var minX, minY, maxX, maxY: Double

        static let empty = Box(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)

        var isEmpty: Bool { minX > maxX || minY > maxY }
        var centreX: Double { (minX + maxX) / 2 }
        var centreY: Double { (minY + maxY) / 2 }

        mutating func include(x: Double, y: Double) {
            minX = min(minX, x)
            maxX = max(maxX, x)
            minY = min(minY, y)
            maxY = max(maxY, y)
        }

        mutating func include(_ other: Box) {
            minX = min(minX, other.minX)
            maxX = max(maxX, other.maxX)
            minY = min(minY, other.minY)
            maxY = max(maxY, other.maxY)
        }

        /// Grown by `latitudeMargin` degrees north and south and by as many metres east and west at the
        /// box's latitude farthest from the equator, where a degree of longitude is shortest.
        func grown(latitudeMargin: Double) -> Box {
            let farthest = min(89.0, max(abs(minY), abs(maxY)) + latitudeMargin)
            let longitudeMargin = latitudeMargin / cos(farthest * .pi / 180)
            return Box(
                minX: minX - longitudeMargin, minY: minY - latitudeMargin, maxX: maxX + longitudeMargin,
                maxY: maxY + latitudeMargin)
        }

        func contains(x: Double, y: Double) -> Bool { minX <= x && x <= maxX && minY <= y && y <= maxY }
    }

    static let fanout = 16

    /// Every node's box, level after level: the leaves (the items' boxes, in packed order) first, the root last.
    let boxes: [Box]
    /// The children of node `leafCount + p` are `children[p]` of `boxes`.
    let children: [Range<Int>]
    /// `items[i]` is the item of leaf `i`.
    let items: [Int]
    let leafCount: Int

    init(boxes itemBoxes: [Box]) {
        let order = Self.packedOrder(itemBoxes)
        var boxes = order.map { itemBoxes[$0] }
        var children: [Range<Int>] = []
        // Consecutive runs of the packed order are near each other, and so are runs of their parents.
        var level = 0..<boxes.count
        while level.count > 1 {
            var start = level.lowerBound
            while start < level.upperBound {
                let end = min(start + Self.fanout, level.upperBound)
                var box = Box.empty
                for child in start..<end { box.include(boxes[child]) }
                boxes.append(box)
                children.append(start..<end)
                start = end
            }
            level = level.upperBound..<boxes.count
        }
        self.boxes = boxes
        self.children = children
        self.items = order
        self.leafCount = itemBoxes.count
    }

    /// Sort-Tile-Recursive order: vertical slices of about √(n / fanout) nodes by centre x, each sorted by y.
    private static func packedOrder(_ boxes: [Box]) -> [Int] {
        let nodes = (boxes.count + fanout - 1) / fanout
        let slices = max(1, Int(Double(nodes).squareRoot().rounded(.up)))
        let perSlice = max(1, ((boxes.count + slices - 1) / slices + fanout - 1) / fanout * fanout)
        var order = Array(boxes.indices).sorted { boxes[$0].centreX < boxes[$1].centreX }
        var start = 0
        while start < order.count {
            let end = min(start + perSlice, order.count)
            order[start..<end].sort { boxes[$0].centreY < boxes[$1].centreY }
            start = end
        }
        return order
    }

    /// Calls `found` with every item whose box contains the point.
    func search(x: Double, y: Double, _ found: (Int) -> Void) {
        guard let root = boxes.indices.last, boxes[root].contains(x: x, y: y) else { return }
        var stack = [root]
        while let node = stack.popLast() {
            guard node >= leafCount else {
                found(items[node])
                continue
            }
            for child in children[node - leafCount] where boxes[child].contains(x: x, y: y) { stack.append(child) }
        }
    }
}
