import Testing

@testable import SMSAdapter

/// Kannel's DLR types as gw/dlr.h defines them, and sendsms's two kinds of 403.
@Suite struct KannelReportTests {
    @Test func combinedDeliveryReportValuesAreRead() {
        #expect(KannelDeliveryReport.describe(1) == "delivered")
        #expect(KannelDeliveryReport.describe(2) == "undelivered")
        #expect(KannelDeliveryReport.describe(4) == "buffered")
        #expect(KannelDeliveryReport.describe(8) == "accepted_by_smsc")
        #expect(KannelDeliveryReport.describe(16) == "rejected_by_smsc")
        // DLR_EXPIRED (0x22) and DLR_UNKNOWN (0x42) carry the failure bit with a flag above it.
        #expect(KannelDeliveryReport.describe(34) == "expired")
        #expect(KannelDeliveryReport.describe(66) == "unknown")
        // A final bit wins over an intermediate one (1|8, 2|8, 16|4).
        #expect(KannelDeliveryReport.describe(1 | 8) == "delivered")
        #expect(KannelDeliveryReport.describe(2 | 8) == "undelivered")
        #expect(KannelDeliveryReport.describe(16 | 4) == "rejected_by_smsc")
        // Nothing Kannel says is refused: unreadable values are kept as they came.
        #expect(KannelDeliveryReport.describe(0) == "kannel_0")
        #expect(KannelDeliveryReport.describe(-1) == "kannel_-1")
        #expect(KannelDeliveryReport.describe(32) == "kannel_32")
    }

    @Test func aForbiddenSendSaysWhetherItIsTheRouteOrTheCredentials() {
        #expect(KannelSender.forbiddenReason("Not routable. Do not try again.").contains("no route for this number"))
        #expect(KannelSender.forbiddenReason("Authorization failed for sendsms").contains("credentials"))
        let unclear = KannelSender.forbiddenReason("")
        #expect(unclear.contains("credentials") && unclear.contains("not routable"))
    }
}
