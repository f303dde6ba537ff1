import AspirasiCore
import Testing

@Suite struct ClassifierTests {
    let classifier = Classifier(rules: [
        .init(category: "jalan_rusak", keywords: ["jalan rusak", "jalan berlubang", "lubang", "aspal"]),
        .init(category: "saluran_air", keywords: ["saluran", "got", "selokan", "mampet", "tersumbat"]),
        .init(category: "sampah", keywords: ["sampah", "tumpukan sampah", "bau sampah"]),
        .init(category: "banjir", keywords: ["banjir", "genangan", "tergenang"]),
        .init(category: "lampu_jalan", keywords: ["lampu jalan", "lampu mati", "gelap"]),
    ])

    @Test(arguments: [
        ("Jalan BERLUBANG besar di depan sekolah!!", "jalan_rusak"),
        ("jalanan bolong, bahaya buat motor", "jalan_rusak"),
        ("Got depan rumah mampet pak", "saluran_air"),
        ("sampahnya numpuk udah 3 hari", "sampah"),
        ("Kebanjiran lagi, air tergenang sampai lutut", "banjir"),
        ("lampunya mati, jalan gelap sekali", "lampu_jalan"),
    ])
    func recognisesSlangAndAffixes(text: String, expected: String) {
        let result = classifier.classify(text)
        #expect(result.category == expected)
        #expect(result.confidence >= Classifier.minimumConfidence)
    }

    @Test(arguments: [
        ("got mampettt bgt pak", "saluran_air"),
        ("sampahh numpuk di gang", "sampah"),
        ("aspalnya bolong2 semua", "jalan_rusak"),
        ("banjiiir lagi", "banjir"),
    ])
    func readsStretchedLettersAndReduplicationAsThePlainWord(text: String, expected: String) {
        #expect(classifier.classify(text).category == expected)
    }

    @Test func keepsWordsThatAreSpelledWithDoubleLetters() {
        #expect(IndonesianText.words("saat maaf tanggal rw2 2000") == ["saat", "maaf", "tanggal", "rw2", "2000"])
        #expect(IndonesianText.words("Mampettt BOLONG2 trotoarr") == ["mampet", "bolong", "trotoar"])
    }

    @Test func unclearTextGoesToTriage() {
        #expect(classifier.classify("Mohon bantuannya pak lurah").category == Classifier.fallbackCategory)
        #expect(classifier.classify("").confidence == 0)
    }

    @Test func aTieIsNotConfident() {
        let result = classifier.classify("sampah di got")
        #expect(result.category == Classifier.fallbackCategory, "one keyword each for two categories")
        #expect(result.confidence < Classifier.minimumConfidence)
    }
}

@Suite struct DisputeDetectorTests {
    @Test(arguments: [
        "Belum selesai pak, masih rusak", "TIDAK SESUAI foto", "jalannya masih bolong", "mohon buka kembali",
    ])
    func recognisesDisputes(_ text: String) {
        #expect(DisputeDetector.isDispute(text))
    }

    @Test func thanksIsNoDispute() {
        #expect(!DisputeDetector.isDispute("Terima kasih, sudah diperbaiki dengan baik"))
        #expect(DisputeDetector.isDispute("belum diperbaiki sama sekali"))
    }
}

@Suite struct TrackingNumberTests {
    @Test func checkDigitCatchesTypos() throws {
        let digits = [2, 6, 1, 1, 0, 0, 0, 4, 2, 7]
        let check = TrackingNumber.checkDigit(digits)
        let valid = "2611-000427\(check)"
        #expect(TrackingNumber(valid) != nil)
        #expect(TrackingNumber("2611-000427\((check + 1) % 10)") == nil, "a wrong check digit")
        #expect(TrackingNumber("2611-000472\(check)") == nil, "swapped neighbours, even 2 and 7")
        #expect(TrackingNumber("2611-000247\(check)") == nil, "swapped neighbours")
        #expect(TrackingNumber("2611000427\(check)") == nil)
    }

    @Test func foundInsideText() throws {
        let check = TrackingNumber.checkDigit([2, 6, 1, 1, 0, 0, 0, 4, 2, 7])
        let text = "Laporan no. 2611-000427\(check), belum selesai!"
        #expect(TrackingNumber.mentioned(in: text)?.rawValue == "2611-000427\(check)")
        #expect(TrackingNumber.mentioned(in: "telp 0812-3456789 jalan rusak") == nil)
    }
}

@Suite struct GazetteerTests {
    let gazetteer = Gazetteer(entries: [
        .init(code: "31.75", name: "Kota Administrasi Jakarta Timur", level: .kota),
        .init(code: "31.71", name: "Kota Administrasi Jakarta Pusat", level: .kota),
        .init(code: "31.75.01", name: "Matraman", level: .kecamatan),
        .init(code: "31.75.06", name: "Cakung", level: .kecamatan),
        .init(code: "31.75.09", name: "Makasar", level: .kecamatan),
        .init(code: "31.75.06.1001", name: "Cakung Barat", level: .kelurahan),
        .init(code: "31.75.09.1001", name: "Cipinang Melayu", level: .kelurahan),
        .init(code: "31.75.01.1005", name: "Kebon Manggis", level: .kelurahan),
        .init(code: "31.75.10.1001", name: "Kebon Pala", level: .kelurahan),
        .init(code: "31.71.03", name: "Kemayoran", level: .kecamatan),
        .init(code: "31.71.03.1001", name: "Kebon Kosong", level: .kelurahan),
        .init(code: "31.71.05.1001", name: "Gambir", level: .kelurahan),
        .init(code: "31.71.05", name: "Gambir", level: .kecamatan),
        .init(code: "31.75.07.1001", name: "Pekayon", level: .kelurahan),
        .init(code: "31.74.09.1001", name: "Pekayon", level: .kelurahan),
    ])

    @Test(arguments: [
        ("Jalan rusak di Kel. Cipinang Melayu", "31.75.09.1001"),
        ("got mampet kelurahan kebon pala rt 03", "31.75.10.1001"),
        ("sampah numpuk di Cakung", "31.75.06"),
        ("lampu mati di Cakung Barat", "31.75.06.1001"),
        ("banjir lagi jaktim", "31.75"),
        ("Jakarta Pusat macet", "31.71"),
        ("kebonpala banjir", "31.75.10.1001"),
        ("Kel. Cipinang Melayoe", "31.75.09.1001"),
        ("Kel Cipinang Malayu", "31.75.09.1001"),
        ("trotoar rusak di Gambir", "31.71.05.1001"),
        ("Pekayon, Jakarta Timur", "31.75.07.1001"),
    ])
    func findsPlaces(text: String, code: String) {
        #expect(gazetteer.locate(text)?.code == code)
    }

    @Test func ambiguousNamesFallBackToWhatTheyShare() {
        #expect(gazetteer.locate("jalan rusak di Pekayon") == nil, "Pekayon is in two kota")
        #expect(gazetteer.locate("Mohon segera ditindaklanjuti") == nil)
    }
}
