@_exported import enum AspirasiCore.Channel
@_exported import struct AspirasiCore.FeedPage
@_exported import struct AspirasiCore.GeoPoint
@_exported import enum AspirasiCore.ImageType
@_exported import struct AspirasiCore.InboundMessage
@_exported import enum AspirasiCore.RejectReason
@_exported import enum AspirasiCore.ReportStatus
@_exported import enum AspirasiCore.StatusProjection
