@_exported import enum AspirasiCore.Channel
@_exported import struct AspirasiCore.GeoPoint
@_exported import struct AspirasiCore.InboundMessage
