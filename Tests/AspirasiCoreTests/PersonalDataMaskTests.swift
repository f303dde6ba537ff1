import AspirasiCore
import Testing

@Suite struct PersonalDataMaskTests {
    @Test(arguments: [
        ("Hubungi 081234567890 ya", "Hubungi [telepon] ya"),
        ("HP: 0812-3456-7890.", "HP: [telepon]."),
        ("wa 0812 3456 7890, makasih", "wa [telepon], makasih"),
        ("0812.3456.7890", "[telepon]"),
        ("+62 812 3456 7890", "[telepon]"),
        ("+62-812-3456-7890", "[telepon]"),
        ("+6281234567890", "[telepon]"),
        ("6281234567890", "[telepon]"),
        ("62 812 3456 7890", "[telepon]"),
        ("(021) 555-1234", "[telepon]"),
        ("telp (021) 5551 2345 kantor", "telp [telepon] kantor"),
        ("021-5551234", "[telepon]"),
        ("0812 - 3456 - 7890", "[telepon]"),
        ("0812\u{2013}3456\u{2013}7890", "[telepon]"),
        ("0812\u{00A0}3456\u{00A0}7890", "[telepon]"),
        ("ＨＰ ０８１２３４５６７８９０", "ＨＰ [telepon]"),
        ("nomorku08123456789!", "nomorku[telepon]!"),
    ])
    func phoneNumbers(text: String, expected: String) {
        #expect(PersonalDataMask.masked(text) == expected)
    }

    @Test(arguments: [
        ("NIK 3171012345670001", "NIK [NIK]"),
        ("NIK: 3171 0123 4567 0001.", "NIK: [NIK]."),
        ("KK 3171-0123-4567-0002", "KK [NIK]"),
        ("rekening 1234567890123", "rekening [nomor]"),
    ])
    func identityAndOtherLongNumbers(text: String, expected: String) {
        #expect(PersonalDataMask.masked(text) == expected)
    }

    @Test(arguments: [
        ("kirim ke budi.santoso@gmail.com ya", "kirim ke [email] ya"),
        ("Email: Warga_01+rt5@mail.jakarta.go.id.", "Email: [email]."),
        ("budi [at] gmail.com", "[email]"),
        ("budi(AT)yahoo.co.id", "[email]"),
        ("budi＠example.com", "[email]"),
        ("<siti@example.org>", "<[email]>"),
    ])
    func emailAddresses(text: String, expected: String) {
        #expect(PersonalDataMask.masked(text) == expected)
    }

    /// What must survive: mentions, tracking numbers, dates, house numbers, prices and short codes.
    @Test(arguments: [
        "@DKIJakarta jalan berlubang di Jl. Kenari No. 12 RT 05/RW 03",
        "Laporan 2611-0004270 belum ditindaklanjuti",
        "sejak 01-05-2024 dan 12/05/2024, jam 08.30",
        "harga Rp 1.500.000, hubungi 112 kalau darurat",
        "koordinat -6.175432, 106.827210",
        "email saja ke kantor @ kelurahan",
        "",
    ])
    func ordinaryTextStays(text: String) {
        #expect(PersonalDataMask.masked(text) == text)
    }

    @Test func theReportersOwnNameGoesAsWholeWords() {
        let text = "Saya Budi Santoso (@budi_s), budi tinggal dekat Budiman Plaza"
        #expect(
            PersonalDataMask.masked(text, names: ["Budi Santoso", "@budi_s"])
                == "Saya [nama] ([nama]), [nama] tinggal dekat Budiman Plaza")
        #expect(PersonalDataMask.masked("dari warga1 di forum", names: ["forum:warga1"]) == "dari [nama] di forum")
        #expect(PersonalDataMask.masked("Al ke sana", names: ["Al"]) == "Al ke sana", "too short to be told apart")
    }

    @Test func everythingAtOnce() {
        let text = """
            Pak lurah, saya Siti (NIK 3171012345670001), hp 0813-1111-2222 / siti@example.com.
            Jalan rusak sejak 2 minggu.
            """
        let masked = PersonalDataMask.masked(text, names: ["Siti Aminah"])
        #expect(
            masked == """
                Pak lurah, saya [nama] (NIK [NIK]), hp [telepon] / [email].
                Jalan rusak sejak 2 minggu.
                """)
    }
}

@Suite struct PublicationTests {
    @Test func privateChannelsAreDescribedByCategoryAndKelurahan() {
        let text = "Saya Budi 081234567890, jalan depan rumah saya rusak"
        #expect(
            Publication.description(
                text: text, publicPost: false, categoryName: "Jalan rusak", kelurahan: "Gambir", names: [])
                == "Laporan Jalan rusak di Kelurahan Gambir")
        #expect(
            Publication.description(text: nil, publicPost: false, categoryName: "Banjir", kelurahan: nil, names: [])
                == "Laporan Banjir")
        #expect(
            Publication.address("Jl. Kenari 5 RT 3", publicPost: false, kelurahan: "Gambir", names: [])
                == "Kelurahan Gambir")
        #expect(Publication.address("Jl. Kenari 5", publicPost: false, kelurahan: nil, names: []) == nil)
    }

    @Test func publicPostsAreShownMasked() {
        #expect(
            Publication.description(
                text: "Budi: lubang besar, hubungi 081234567890", publicPost: true, categoryName: "Jalan rusak",
                kelurahan: "Gambir", names: ["Budi"]) == "[nama]: lubang besar, hubungi [telepon]")
        #expect(
            Publication.description(
                text: "  ", publicPost: true, categoryName: "Sampah", kelurahan: "Gambir", names: [])
                == "Laporan Sampah di Kelurahan Gambir", "a photo without words")
        #expect(
            Publication.address("Jl. Kenari 5, telp 0215551234", publicPost: true, kelurahan: "Gambir", names: [])
                == "Jl. Kenari 5, telp [telepon]")
    }

    @Test func privatePointsSnapToAboutAHundredMetres() throws {
        let point = try GeoPoint(latitude: -6.175432, longitude: 106.827271)
        let rounded = try #require(Publication.location(point, publicPost: false))
        #expect(abs(rounded.latitude - -6.175) < 1e-12)
        #expect(abs(rounded.longitude - 106.827) < 1e-12)
        #expect(point.distance(to: rounded) < 100)
        #expect(Publication.location(point, publicPost: true) == point)
        #expect(Publication.location(nil, publicPost: false) == nil)
    }
}
