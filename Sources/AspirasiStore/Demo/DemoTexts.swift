/// The words of the synthetic month: what citizens write per category, and
/// what officers answer. Bodies carry placeholders the generator fills in SQL:
/// `{jalan}` a street, `{patokan}` a landmark, `{waktu}` how long it has been,
/// `{rt}` a neighbourhood (RT/RW). Every body names its problem with its
/// category's keywords, so the intake's classifier would file it the same way
/// (a test holds them together); no filler names a place in the gazetteer.
enum DemoTexts {
    static let complaints: [String: [String]] = [
        "jalan_rusak": [
            "Jalan rusak parah di {jalan} {patokan}, banyak lubang besar. Motor sering jatuh kalau malam.",
            "Ada jalan berlubang di {jalan} {patokan}, sudah {waktu} tidak diperbaiki.",
            "Aspal di {jalan} mengelupas dan berlubang dalam, air hujan mengisi lubangnya.",
            "Jalan amblas di {jalan} {rt}, sangat berbahaya bagi pengendara.",
            "Tolong lubang di {jalan} {patokan} ditambal, sudah ada yang kecelakaan.",
            "Jalan bergelombang dan retak di {jalan}, truk lewat terus {waktu}.",
        ],
        "trotoar": [
            "Trotoar di {jalan} {patokan} rusak, ubinnya lepas semua.",
            "Trotoar {jalan} dipakai parkir motor, pejalan kaki terpaksa turun ke jalan.",
            "Guiding block di trotoar {jalan} rusak dan tertutup pot tanaman, berbahaya untuk tunanetra.",
            "Pedestrian di {jalan} {patokan} rusak {waktu}, ubinnya pecah.",
            "Trotoar di {jalan} {patokan} miring dan ubinnya pecah.",
        ],
        "lampu_jalan": [
            "Lampu jalan di {jalan} {patokan} mati {waktu}, jadi gelap gulita kalau malam.",
            "PJU di {jalan} {rt} mati semua, rawan begal.",
            "Lampu jalan {jalan} kedip-kedip lalu mati, mohon diganti.",
            "Penerangan jalan di {jalan} {patokan} tidak menyala {waktu}.",
            "Tiang lampu jalan di {jalan} miring dan lampunya mati.",
        ],
        "saluran_air": [
            "Saluran air di {jalan} {patokan} mampet, airnya hitam dan bau.",
            "Got di {jalan} {rt} tersumbat lumpur, kalau hujan sebentar langsung meluber.",
            "Selokan depan rumah warga {jalan} tersumbat {waktu}, mohon dikeruk.",
            "Gorong-gorong di {jalan} {patokan} tertutup sedimen, air tidak mengalir.",
            "Drainase di {jalan} mampet, penutupnya juga pecah.",
        ],
        "banjir": [
            "Banjir setinggi lutut di {jalan} {patokan}, mobil tidak bisa lewat.",
            "Genangan air di {jalan} {rt} tidak surut {waktu}.",
            "Air meluap dari kali ke {jalan}, rumah warga {rt} mulai tergenang.",
            "Banjir lagi di {jalan} {patokan}, pompa air sepertinya tidak jalan.",
            "Jalan {jalan} tergenang setelah hujan deras, air masuk ke rumah.",
            "Rob masuk ke permukiman di {jalan} {rt} sejak subuh.",
        ],
        "sampah": [
            "Tumpukan sampah di {jalan} {patokan} belum diangkut {waktu}, bau sekali.",
            "Banyak warga buang sampah sembarangan di {jalan} {patokan}.",
            "Bak sampah di {jalan} {rt} penuh dan meluber ke jalan.",
            "Sampah menumpuk di pinggir {jalan}, dikerubungi lalat.",
            "TPS di {jalan} {patokan} sudah penuh, truk sampah tidak datang {waktu}.",
            "Bau sampah dari {jalan} {patokan} sampai ke rumah warga.",
        ],
        "pencemaran": [
            "Asap pembakaran dari pabrik dekat {jalan} bikin sesak napas warga {rt}.",
            "Limbah cair dibuang ke kali dekat {jalan} {patokan}, airnya berbusa.",
            "Kali hitam di {jalan} mengeluarkan bau busuk {waktu}.",
            "Ada pencemaran minyak di kali belakang {jalan}.",
            "Polusi debu dari proyek di {jalan} {patokan} parah sekali.",
        ],
        "pohon": [
            "Pohon tumbang menutup {jalan} {patokan}, kendaraan tidak bisa lewat.",
            "Dahan pohon besar di {jalan} {rt} sudah patah dan menggantung di atas kabel.",
            "Mohon pohon di {jalan} {patokan} dipangkas, rantingnya sudah menyentuh kabel listrik.",
            "Pohon di {jalan} terlalu rimbun dan miring ke arah rumah warga.",
            "Ada pohon tumbang menimpa pagar rumah di {jalan} {rt}.",
        ],
        "taman": [
            "Fasilitas taman di {jalan} {patokan} rusak, ayunan patah.",
            "RPTRA di {jalan} kotor dan fasilitasnya rusak {waktu}.",
            "Taman di {jalan} {rt} tidak terawat, rumput setinggi pinggang.",
            "Kursi di taman {jalan} {patokan} rusak dan berkarat.",
            "Toilet umum di taman {jalan} tidak bisa dipakai {waktu}.",
        ],
        "parkir_liar": [
            "Parkir liar di {jalan} {patokan} bikin jalan menyempit.",
            "Banyak mobil parkir sembarangan di {jalan}, bus tidak bisa lewat.",
            "Juru parkir liar di {jalan} {patokan} memungut tarif seenaknya.",
            "Jukir liar di {jalan} {patokan} minta uang parkir sepuluh ribu.",
            "Motor parkir di bahu jalan {jalan} sampai dua lapis setiap sore.",
        ],
        "angkutan_umum": [
            "Angkot ngetem lama di {jalan} {patokan}, bikin antrean panjang.",
            "Mikrolet di {jalan} ugal-ugalan dan menurunkan penumpang sembarangan.",
            "Halte di {jalan} {patokan} atapnya bocor dan kursinya rusak.",
            "Bus jarang lewat di {jalan}, penumpang menunggu lebih dari satu jam di halte.",
            "Sopir angkot di {jalan} merokok sambil menyetir dan menaikkan tarif.",
        ],
        "lalu_lintas": [
            "Lampu lalu lintas di {jalan} {patokan} mati {waktu}, simpang jadi semrawut.",
            "Macet parah di {jalan} setiap pagi karena putaran balik.",
            "Rambu larangan berhenti di {jalan} {patokan} hilang.",
            "Marka jalan di {jalan} sudah pudar, pengendara sering salah lajur.",
            "Traffic light di {jalan} {patokan} rusak, lampu merah menyala terus.",
        ],
        "pkl": [
            "PKL berjualan di trotoar {jalan} {patokan}, pejalan kaki turun ke jalan.",
            "Pedagang kaki lima di {jalan} memakai bahu jalan sampai malam.",
            "Lapak pedagang di {jalan} {patokan} menutupi jalan masuk gang.",
            "Gerobak pedagang ditinggal di {jalan} {rt} setiap malam.",
            "Banyak PKL di {jalan} {patokan} sampai menutup bahu jalan.",
        ],
        "ketertiban": [
            "Balap liar di {jalan} setiap malam minggu, sangat bising.",
            "Spanduk liar dan reklame liar dipasang di pohon sepanjang {jalan}.",
            "Tawuran remaja di {jalan} {patokan} tadi malam, warga resah.",
            "Ada warung menjual miras di {jalan} {rt}, sering ada keributan.",
            "Kebisingan dari tempat hiburan di {jalan} sampai jam tiga pagi.",
        ],
        "bangunan": [
            "Ada bangunan liar berdiri di atas saluran di {jalan} {patokan}.",
            "Pembangunan rumah tanpa izin di {jalan} {rt}, memakan badan jalan.",
            "Bangunan melanggar garis sempadan di {jalan}, apakah ada PBG-nya?",
            "Ruko di {jalan} {patokan} dibangun tanpa izin, debu proyek mengganggu.",
            "Tetangga menambah lantai bangunan tanpa IMB di {jalan} {rt}.",
        ],
        "pmks": [
            "Ada gelandangan tidur di {jalan} {patokan} {waktu}, kondisinya sakit.",
            "Pengemis dan anak jalanan di perempatan {jalan} {patokan}.",
            "ODGJ berkeliaran di {jalan} {rt}, warga khawatir.",
            "Manusia gerobak bermalam di {jalan} {patokan} bersama anak kecil.",
            "Pengamen memaksa minta uang di {jalan} {patokan}.",
        ],
        "kebakaran": [
            "Kebakaran rumah di {jalan} {rt}, api sudah besar!",
            "Kebakaran gudang di {jalan} {patokan}, api membesar, mohon damkar segera.",
            "Sarang tawon besar di rumah warga {jalan} {rt}, anak-anak tersengat.",
            "Ular masuk rumah di {jalan} {rt}, mohon bantuan evakuasi.",
            "Hidran di {jalan} {patokan} bocor dan airnya muncrat.",
        ],
        "air_bersih": [
            "Air PAM mati {waktu} di {jalan} {rt}.",
            "Air bersih keruh dan bau di {jalan} {patokan}.",
            "Pipa bocor di {jalan} {patokan}, air terbuang ke jalan.",
            "Air mati total di {jalan} {rt} sejak kemarin pagi.",
            "Tekanan air PAM sangat kecil di {jalan}, hanya mengalir dini hari.",
        ],
        "kesehatan": [
            "Banyak warga {rt} di {jalan} kena DBD, mohon fogging.",
            "Nyamuk banyak sekali di {jalan} {patokan}, ada kaleng bekas berisi jentik.",
            "Tetangga di {jalan} {rt} kena demam berdarah, minta fogging.",
            "Puskesmas di {jalan} antreannya panjang dan dokter tidak datang.",
            "Kolam terbengkalai di {jalan} {patokan} penuh jentik nyamuk.",
        ],
        "adminduk": [
            "Sudah {waktu} mengurus e-KTP di kelurahan tapi belum jadi.",
            "Kartu keluarga saya salah tulis nama, sudah lapor ke dukcapil tapi belum diperbaiki.",
            "Akta kelahiran anak belum terbit {waktu} padahal berkas lengkap.",
            "Blanko KTP habis terus, warga {rt} disuruh datang lagi.",
            "Pelayanan dukcapil di kantor kecamatan tutup lebih awal, tidak sesuai jam layanan.",
        ],
        "lainnya": [
            "Mohon info jadwal pembagian bansos untuk warga {rt}.",
            "Ada kucing liar sangat banyak di {jalan} {patokan}, mohon ditertibkan.",
            "Pengumuman kerja bakti di {rt} tidak pernah sampai ke warga.",
            "Mohon penjelasan soal iuran keamanan di {jalan} yang naik terus.",
            "Ayam peliharaan tetangga dilepas di {jalan} dan mengotori rumah warga.",
        ],
    ]

    /// A short subject, for the channels that carry one (e-mail, LAPOR!, the forum).
    static let titles: [String: String] = [
        "jalan_rusak": "Jalan rusak", "trotoar": "Trotoar rusak", "lampu_jalan": "Lampu jalan mati",
        "saluran_air": "Saluran tersumbat", "banjir": "Banjir", "sampah": "Sampah menumpuk",
        "pencemaran": "Pencemaran", "pohon": "Pohon", "taman": "Taman tidak terawat", "parkir_liar": "Parkir liar",
        "angkutan_umum": "Angkutan umum", "lalu_lintas": "Lalu lintas", "pkl": "PKL",
        "ketertiban": "Ketertiban umum", "bangunan": "Bangunan tanpa izin", "pmks": "PMKS",
        "kebakaran": "Darurat", "air_bersih": "Air PAM", "kesehatan": "DBD", "adminduk": "Layanan dukcapil",
        "lainnya": "Pertanyaan warga",
    ]

    static let openers = [
        "", "", "", "Min, ", "Selamat pagi, ", "Lapor, ", "Tolong dong, ", "Pak Lurah, ", "Halo admin, ",
        "Assalamualaikum, ", "Permisi, ", "Mohon bantuan, ",
    ]

    static let closers = [
        "", "", " Mohon segera ditindaklanjuti.", " Terima kasih.", " Tolong dicek ya min 🙏",
        " Warga sudah resah.", " Mohon perhatiannya.", " Sudah pernah lapor tapi belum ada respon.",
        " Makasih banyak.",
    ]

    /// Streets named as Jakarta's lanes often are; none is a kelurahan's name.
    static let streets = [
        "Jl. Swadaya", "Jl. H. Naim", "Jl. Musyawarah", "Jl. Persatuan", "Jl. Raya Lama", "Gg. Masjid",
        "Jl. Haji Saaba", "Jl. Mandor Hasan", "Gg. Langgar", "Jl. Delima", "Jl. Anggrek", "Jl. Bougenville",
        "Jl. Kamboja", "Jl. Mangga", "Jl. Sawo", "Jl. Nangka", "Jl. Perintis",
        "Jl. Inspeksi Kali", "Jl. Kavling", "Gg. Sekolah", "Jl. Pendidikan", "Jl. Pahlawan", "Jl. Merdeka",
        "Jl. Damai", "Jl. Harapan", "Jl. Bhakti", "Jl. Kemuning", "Gg. Haji Ung", "Jl. Teratai",
    ]

    static let landmarks = [
        "depan minimarket", "dekat masjid", "samping SD negeri", "depan pos RW", "dekat pasar",
        "seberang musala", "depan gereja", "dekat warung kopi", "di pertigaan", "di perempatan",
        "depan kantor pos", "belakang sekolah", "dekat jembatan", "depan klinik", "dekat pangkalan ojek",
        "depan bengkel", "samping apotek", "dekat rel kereta",
    ]

    static let durations = [
        "sejak kemarin", "sudah tiga hari", "seminggu ini", "sejak dua minggu lalu", "sudah sebulan",
        "dari tadi pagi", "berhari-hari",
    ]

    /// Where a report is that names no place: these go to the province's triage.
    static let vaguePlaces = ["depan rumah saya", "gang dekat rumah", "jalan menuju kantor saya", "dekat kos saya"]

    /// What an officer writes when finishing a report, per category; `{jalan}` as above.
    static let completions: [String: [String]] = [
        "jalan_rusak": ["Lubang sudah ditambal aspal oleh PPSU.", "Perbaikan jalan selesai, permukaan sudah rata."],
        "trotoar": ["Ubin trotoar sudah dipasang kembali.", "Trotoar sudah diperbaiki dan dibersihkan."],
        "lampu_jalan": ["Lampu PJU sudah diganti dan menyala.", "Kabel lampu jalan sudah diperbaiki."],
        "saluran_air": ["Saluran sudah dikeruk dan air mengalir lancar.", "Sedimen gorong-gorong sudah diangkat."],
        "banjir": ["Genangan sudah surut, pompa mobile dioperasikan.", "Saluran penghubung sudah dibersihkan."],
        "sampah": ["Sampah sudah diangkut petugas kebersihan.", "Tumpukan sampah sudah dibersihkan."],
        "pencemaran": ["Sudah dilakukan pengambilan sampel dan teguran.", "Sumber limbah sudah ditutup."],
        "pohon": ["Pohon sudah dipangkas oleh petugas.", "Pohon tumbang sudah dipotong dan diangkut."],
        "taman": ["Fasilitas taman sudah diperbaiki.", "Taman sudah dibersihkan dan rumput dipangkas."],
        "parkir_liar": ["Sudah dilakukan penertiban parkir liar.", "Kendaraan sudah diderek dan juru parkir ditegur."],
        "angkutan_umum": ["Operator sudah ditegur dan diawasi.", "Halte sudah diperbaiki."],
        "lalu_lintas": ["Lampu lalu lintas sudah berfungsi kembali.", "Rambu dan marka sudah dipasang ulang."],
        "pkl": ["PKL sudah ditertibkan dan direlokasi.", "Lapak sudah dibongkar bersama Satpol PP."],
        "ketertiban": ["Sudah dilakukan patroli dan penertiban.", "Spanduk liar sudah diturunkan."],
        "bangunan": ["Sudah diberikan surat peringatan kepada pemilik.", "Bangunan sudah disegel."],
        "pmks": ["Sudah dijangkau dan dibawa ke panti sosial.", "Sudah dilakukan penjangkauan oleh petugas."],
        "kebakaran": ["Api sudah dipadamkan, tidak ada korban jiwa.", "Evakuasi selesai dilakukan."],
        "air_bersih": ["Pipa bocor sudah diperbaiki, air kembali normal.", "Aliran air sudah normal kembali."],
        "kesehatan": ["Fogging sudah dilakukan di lingkungan RT.", "PSN dan pemeriksaan jentik sudah dilakukan."],
        "adminduk": ["Dokumen sudah terbit dan dapat diambil.", "Data sudah diperbaiki oleh dukcapil."],
        "lainnya": ["Sudah dijelaskan kepada pelapor melalui RT/RW.", "Sudah ditindaklanjuti bersama pengurus RW."],
    ]

    /// Officers' words for the other steps.
    static let coordinationNotes = [
        "Dikoordinasikan dengan suku dinas terkait untuk survei lokasi.",
        "Sedang dikoordinasikan dengan RT/RW setempat.", "Menunggu jadwal survei bersama kecamatan.",
    ]
    static let returnNotes = [
        "Bukan kewenangan kami, mohon disposisi ke unit lain.",
        "Lokasi berada di aset pengelola kawasan, mohon dicek ulang.",
        "Titik lokasi tidak ditemukan, mohon konfirmasi ke pelapor.",
    ]
    static let internalNotes = [
        "Sudah dicek ke lokasi, menunggu alat.", "Tim dijadwalkan turun besok pagi.",
        "Material perbaikan sedang diajukan.", "Koordinasi dengan PPSU kelurahan.",
    ]
    static let replies = [
        "Terima kasih, laporan Anda sedang kami jadwalkan untuk ditindaklanjuti.",
        "Terima kasih atas laporannya, petugas akan segera ke lokasi.",
    ]
    static let rejectNotes = [
        "Laporan tidak dapat diverifikasi di lokasi.", "Lokasi merupakan aset swasta, bukan kewenangan pemerintah.",
    ]

    /// A citizen asking after their report, and one disputing a "done" (the dispute detector's words).
    static let followUps = [
        "Min, bagaimana perkembangan laporan saya?", "Kapan ditindaklanjuti? Sudah lama menunggu.",
        "Mohon kabar terbaru laporan ini.", "Apakah sudah ada petugas yang ke lokasi?",
    ]
    static let disputes = [
        "Belum diperbaiki, kondisinya masih sama seperti kemarin.", "Belum selesai min, masih rusak.",
        "Laporan ditutup tapi belum beres, mohon dibuka kembali.",
    ]

    static let givenNames = [
        "Budi", "Siti", "Agus", "Dewi", "Rina", "Andi", "Ahmad", "Nur", "Sri", "Eko", "Wahyu", "Yusuf", "Fitri",
        "Indah", "Rudi", "Hendra", "Lestari", "Putri", "Dimas", "Rizky", "Ayu", "Bambang", "Joko", "Slamet", "Maria",
        "Yohanes", "Kevin", "Linda", "Sari", "Ratna", "Teguh", "Fajar", "Yanti", "Herman", "Irfan", "Novi", "Desi",
    ]
    static let familyNames = [
        "Santoso", "Wijaya", "Saputra", "Hidayat", "Nugroho", "Pratama", "Kurniawan", "Susanti", "Rahmawati",
        "Siregar", "Nasution", "Simanjuntak", "Harahap", "Lubis", "Sitompul", "Hasibuan", "Setiawan", "Gunawan",
        "Halim", "Wibowo", "Permana", "Firmansyah", "Ramadhan", "Maulana", "Fauzi", "Yulianti", "Purba",
    ]
}
