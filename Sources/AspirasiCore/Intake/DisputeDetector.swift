/// Recognises a citizen disputing a finished report: "belum selesai",
/// "masih rusak", "tidak sesuai", or an explicit request to reopen.
public enum DisputeDetector {
    static let phrases: [[String]] = [
        "belum selesai", "belum beres", "belum diperbaiki", "belum ditangani", "belum dikerjakan", "tidak sesuai",
        "tidak benar", "masih rusak", "masih ada", "masih sama", "masih banjir", "masih tumpuk", "masih mampet",
        "masih gelap", "masih bolong", "masih lubang", "buka kembali", "buka lagi", "reopen", "tidak selesai", "bohong",
    ].map(IndonesianText.stems)

    public static func isDispute(_ text: String) -> Bool {
        let words = IndonesianText.stems(text)
        return phrases.contains { Classifier.contains(words, $0) }
    }
}
