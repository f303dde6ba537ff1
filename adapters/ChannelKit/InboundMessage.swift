@_exported import struct AspirasiCore.InboundMessage
@_exported import enum AspirasiCore.Channel
@_exported import struct AspirasiCore.GeoPoint
