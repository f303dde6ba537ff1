/// What the learned classifier knows on day one, before any koordinator has
/// corrected anything: the categories' names and keywords, and the messages
/// below.
///
/// Provenance: written by hand for issue 18 (November 2026) by the developer
/// who built the classifier, in the way Jakarta residents write to the city on
/// social media, SMS and the citizen app: informal Indonesian, slang ("bgt",
/// "ga", "udh"), reduplication ("bolong2"), typos, a synonym where the keyword
/// lists have the textbook word. No real complaint was copied; any likeness to
/// one is the likeness of common problems. The evaluation set
/// (`eval/classifier-heldout.tsv`) was written separately and is never
/// trained on.
public enum ClassifierSeed {
    /// Every seed example: each category's name and each of its keywords as a short message, then the
    /// written messages whose category is in the catalog.
    public static func examples(categories: [IntakeCatalog.Category]) -> [(text: String, category: String)] {
        var examples: [(text: String, category: String)] = []
        for category in categories where category.code != Classifier.fallbackCategory {
            examples.append((category.name, category.code))
            examples += category.keywords.map { ($0, category.code) }
        }
        let known = Set(categories.map(\.code))
        return examples + messages.filter { known.contains($0.category) }
    }

    /// The written messages, parsed from `table`.
    public static let messages: [(text: String, category: String)] = table.split(separator: "\n").compactMap { line in
        let parts = line.split(separator: "\t", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        return (String(parts[1]), String(parts[0]))
    }

    /// category<TAB>message, one a line.
    static let table = #"""
        jalan_rusak	Jalan di depan sekolah rusak parah, banyak lubang besar
        jalan_rusak	jln berlubang dalem bgt, motor sy hampir jatuh semalam
        jalan_rusak	Aspal mengelupas sepanjang gang, kalau hujan jadi kubangan
        jalan_rusak	tolong diperbaiki jalanan yang bolong2 di RT 05, bahaya buat pengendara
        jalan_rusak	Jalan amblas di dekat jembatan, retaknya makin lebar
        jalan_rusak	jalan ancur pak, udah 3 bulan ga ditambal
        jalan_rusak	Ada lubang menganga di tengah jalan raya, sudah makan korban pemotor jatuh
        jalan_rusak	jalannya bergelombang parah habis galian pipa ga diaspal lagi
        jalan_rusak	bekas galian kabel dibiarkan begitu saja, jalan jadi rusak dan becek
        jalan_rusak	Mohon tambal sulam jalan di Jl. Kemuning, lobangnya udah kaya kolam
        jalan_rusak	jalan rusak berat di perumahan, mobil sampai mentok ke bawah
        jalan_rusak	betonan jalan pecah2 dan ambles di ujung gang
        jalan_rusak	jalanan hancur, batu kerikil berserakan bikin ban slip
        jalan_rusak	Permukaan jalan ambrol sebagian setelah hujan deras kemarin
        jalan_rusak	lubang di jalan ketutup genangan, ga keliatan, tiap hari ada yg jatoh
        jalan_rusak	jalan berlubang depan pasar blm diperbaiki juga min
        jalan_rusak	min jalanan depan rmh sy udh kaya jalur offroad, tolong diaspal ulang
        jalan_rusak	Kondisi jalan kampung rusak, paving block lepas semua
        jalan_rusak	jalan retak2 dan turun, takut ambruk
        jalan_rusak	ada lobang gede bgt di jalur cepat, mobil pada nge-rem mendadak
        jalan_rusak	perbaikan jalan setengah2, aspal tipis udah ngelupas lagi
        jalan_rusak	jalan nya rusak, tambalan nya pada copot
        trotoar	Trotoar di depan halte rusak, ubinnya pecah dan lepas
        trotoar	trotoarnya dipake buat parkir motor, pejalan kaki terpaksa turun ke jalan
        trotoar	guiding block buat tunanetra ketutup pot tanaman
        trotoar	Jalur pedestrian berlubang dan ada besi mencuat, bahaya
        trotoar	tolong trotoar diperbaiki, keramiknya pada copot bikin kesandung
        trotoar	trotoar sempit banget kehalang tiang listrik sama pos ojol
        trotoar	Penutup saluran di trotoar hilang, ada lubang menganga di jalur pejalan kaki
        trotoar	trotoar di jalan ini dijadiin tempat jualan dan parkir, orang jalan kaki ga kebagian
        trotoar	pedestrian rusak parah, kursi roda ga bisa lewat
        trotoar	trotoar ambles dan miring, nenek2 sering jatuh
        trotoar	ada motor yg lewat trotoar tiap pagi, pejalan kaki keserempet
        trotoar	ram trotoar buat difabel dihalangi besi pembatas
        trotoar	trotoar baru dibangun udah retak2 dan ubin nya goyang
        trotoar	jalur pejalan kaki ketutup material bangunan pasir dan batu bata
        trotoar	Mohon dibuatkan trotoar, anak sekolah jalan di pinggir jalan raya
        trotoar	tutup got di trotoar patah, kaki anak saya keperosok
        lampu_jalan	Lampu jalan di gang kami mati sudah seminggu, gelap gulita
        lampu_jalan	pju mati total sepanjang jalan, rawan begal
        lampu_jalan	lampu penerangan jalan kedip2 terus tiap malam
        lampu_jalan	Tiang lampu jalan miring hampir roboh
        lampu_jalan	jalanan gelap bgt malem2, lampunya ga nyala
        lampu_jalan	lampu jln depan masjid padam, tolong diganti
        lampu_jalan	penerangan jalan kurang di jembatan, banyak yg takut lewat
        lampu_jalan	lampu taman dan lampu jalan mati, anak2 takut pulang ngaji
        lampu_jalan	Lampu PJU nyala siang hari tapi malam malah mati
        lampu_jalan	kabel lampu jalan putus menjuntai ke bawah
        lampu_jalan	Bohlam lampu jalan pecah kena lemparan, minta diganti
        lampu_jalan	lampu jalanan redup banget, hampir ga keliatan apa2
        lampu_jalan	gang gelap krn lampu jalan udah lama rusak, sering ada maling
        lampu_jalan	mohon dipasang lampu penerangan di jalan tembus ke kampung
        lampu_jalan	lampu pju di flyover mati semua
        lampu_jalan	lampu jalan nyala mati nyala mati, korslet kayaknya
        saluran_air	Got depan rumah mampet, airnya hitam dan bau
        saluran_air	selokan tersumbat sampah plastik, air ga ngalir
        saluran_air	saluran air penuh lumpur, perlu dikeruk
        saluran_air	gorong2 buntu, tiap hujan air balik ke jalan
        saluran_air	Drainase di jalan utama tidak berfungsi, mohon dinormalisasi
        saluran_air	got mampet parah, jentik dan tikus di mana2
        saluran_air	tutup saluran air jebol, got nya jadi tempat buang sampah
        saluran_air	selokan dangkal banget krn sedimen, mohon pengerukan
        saluran_air	air got meluber ke jalan tiap sore krn salurannya mampat
        saluran_air	saluran penghubung ke kali buntu total
        saluran_air	Got di gang kecil ga pernah dibersihin, airnya diam dan busuk
        saluran_air	inlet air di pinggir jalan ketutup aspal, air ga bisa masuk ke saluran
        saluran_air	gorong gorong di bawah jalan ketutup sampah kasur dan kayu
        saluran_air	tolong kuras selokan depan sekolah, lumpurnya udah setinggi lutut
        saluran_air	saluran drainase ambrol, airnya merembes ke rumah warga
        saluran_air	got depan warung mampet, air comberan luber
        banjir	Banjir setinggi lutut di perumahan kami, tolong segera ditangani
        banjir	air masuk rumah udah sepinggang, butuh perahu karet
        banjir	jalan tergenang parah setelah hujan, mobil pada mogok
        banjir	genangan air ga surut2 udah 2 hari di jalan raya
        banjir	rob naik lagi di pesisir, rumah warga kebanjiran
        banjir	kali meluap, air masuk ke pemukiman
        banjir	Banjir lagi pak, tiap hujan deras pasti kebanjiran
        banjir	air setinggi betis di underpass, kendaraan ga bisa lewat
        banjir	genangan di depan stasiun bikin macet dan orang susah lewat
        banjir	tanggul jebol, air kali masuk ke kampung
        banjir	pompa air di rumah pompa ga nyala, kampung kami terendam
        banjir	baru hujan sebentar jalan udah kayak sungai
        banjir	kebanjiran dr subuh, warga ngungsi ke masjid
        banjir	air laut pasang masuk sampai ke jalan, rob parah
        banjir	banjir sedada di RW 03, ada lansia belum dievakuasi
        banjir	air menggenang di lapangan dan jalan, ga ada saluran pembuangan
        sampah	Sampah menumpuk di pinggir jalan sudah seminggu tidak diangkut
        sampah	tumpukan sampah di TPS meluber ke jalan, bau bgt
        sampah	truk sampah ga dateng2, sampah numpuk depan rumah
        sampah	ada yg buang sampah sembarangan di lahan kosong tiap malam
        sampah	bak sampah penuh dan berantakan dikorek kucing
        sampah	sampah rumah tangga ga diangkut petugas sejak lebaran
        sampah	Tempat sampah di taman sudah rusak dan penuh
        sampah	sampah berserakan di bawah jembatan, jadi sarang tikus
        sampah	gerobak sampah RT ga jalan, sampah warga numpuk
        sampah	bau sampah busuk menyengat dari depo sampah
        sampah	sampah plastik dan styrofoam numpuk di pinggir kali
        sampah	orang2 pada buang sampah di trotoar bekas pasar, jorok banget
        sampah	sampah sisa pasar dibiarin membusuk di jalan
        sampah	Mohon disediakan tong sampah, warga buang di pinggir jalan
        sampah	sampah ga diambil 5 hari, lalat dimana mana
        sampah	tps liar di ujung gang makin gede, tolong dibersihkan
        pencemaran	Pabrik buang limbah ke kali, airnya jadi hitam dan berbusa
        pencemaran	asap pembakaran sampah bikin sesak napas tiap sore
        pencemaran	polusi udara dari cerobong pabrik, warga batuk2
        pencemaran	Bau busuk menyengat dari pabrik tahu, limbahnya dibuang ke selokan
        pencemaran	kali warnanya berubah merah, kayaknya limbah pewarna
        pencemaran	ada yg bakar ban bekas, asap item pekat masuk rumah
        pencemaran	limbah oli bengkel dibuang ke got
        pencemaran	Ikan di kali mati semua, diduga ada pencemaran
        pencemaran	debu dari proyek batching plant mencemari pemukiman
        pencemaran	air sumur warga tercemar limbah, bau dan berminyak
        pencemaran	pabrik plastik ngeluarin asap bau kimia malem2
        pencemaran	bau amonia menyengat dari peternakan, warga mual
        pencemaran	limbah rumah potong ayam dibuang ke kali
        pencemaran	asap knalpot bus tebel hitam, polusi parah
        pencemaran	busa putih di kali, bau deterjen, limbah laundry
        pencemaran	pembakaran kabel di lahan kosong, asapnya beracun
        pohon	Pohon tumbang menutup jalan, kendaraan tidak bisa lewat
        pohon	dahan pohon besar patah, nyangkut di kabel listrik
        pohon	mohon pohon di depan rumah dipangkas, rantingnya kena atap
        pohon	pohon miring mau roboh, takut nimpa rumah warga
        pohon	pohon angsana gede tumbang kena angin kencang
        pohon	ranting pohon udah rimbun banget nutupin lampu jalan
        pohon	pohon di pinggir jalan keropos, bisa tumbang kapan aja
        pohon	akar pohon bikin tembok rumah retak, minta ditebang
        pohon	batang pohon patah nimpa mobil yg parkir
        pohon	tolong pangkas dahan yg menjulur ke jalan, ganggu bus lewat
        pohon	pohon besar roboh di taman, belum dievakuasi
        pohon	daun pohon rontok banyak banget, dahannya udah mau patah
        pohon	pohon mahoni tua doyong ke arah sekolah
        pohon	cabang pohon nyangkut di kabel, kalau hujan percikan api
        taman	Taman kota kotor dan tidak terawat, rumput tinggi
        taman	fasilitas taman rusak, ayunan patah dan perosotan karatan
        taman	RPTRA di lingkungan kami ditutup terus, anak2 ga bisa main
        taman	lampu taman mati dan bangkunya rusak
        taman	taman jadi tempat nongkrong dan mabok malam2
        taman	rumput taman gak pernah dipotong, jadi sarang ular
        taman	toilet di taman kotor dan airnya mati
        taman	air mancur di taman ga nyala, kolamnya hijau berlumut
        taman	RTH di komplek malah dipake parkir mobil
        taman	alat fitnes di taman pada rusak, mohon diperbaiki
        taman	jogging track di taman retak dan berlumut licin
        taman	pagar taman dijebol, tanaman diinjak2
        taman	petugas taman jarang dateng, tanaman pada mati kering
        taman	taman bermain anak berantakan, banyak pecahan kaca
        parkir_liar	Parkir liar di bahu jalan bikin macet tiap sore
        parkir_liar	jukir liar narik 5 ribu di minimarket padahal gratis
        parkir_liar	mobil parkir sembarangan di depan gang, ga bisa keluar
        parkir_liar	motor parkir di badan jalan sepanjang pasar
        parkir_liar	tukang parkir liar maksa bayar, galak lagi
        parkir_liar	mobil2 parkir dua lapis di jalan, bus susah lewat
        parkir_liar	truk kontainer parkir nginep di pinggir jalan
        parkir_liar	ada yg parkir depan hidran dan di tikungan
        parkir_liar	parkiran liar di depan RS, ambulans susah masuk
        parkir_liar	kang parkir minta duit padahal ga bantuin apa2
        parkir_liar	mobil showroom dipajang di jalan umum, makan setengah jalan
        parkir_liar	bus pariwisata parkir di jalan kecil perumahan
        parkir_liar	jalan jadi sempit krn mobil warga parkir permanen di jalan
        parkir_liar	pungli parkir di area stasiun, ga ada karcis resmi
        angkutan_umum	Angkot ngetem lama di depan pasar, bikin macet
        angkutan_umum	sopir metromini ugal2an, hampir nabrak penumpang
        angkutan_umum	halte bus rusak atapnya bocor
        angkutan_umum	bus transjakarta telat banget, nunggu sejam ga dateng
        angkutan_umum	mikrolet nurunin penumpang sembarangan di tengah jalan
        angkutan_umum	sopir angkot ngerokok sambil nyetir, penumpang protes malah dimarahi
        angkutan_umum	kopaja ga ada lagi di rute kami, warga susah ke kota
        angkutan_umum	tarif angkot dinaikkan seenaknya sama sopir
        angkutan_umum	jaklingko di rute ini jarang lewat
        angkutan_umum	bus ac nya mati dan pintunya ga bisa ditutup
        angkutan_umum	halte busway ga ada penerangan dan kotor
        angkutan_umum	angkutan umum berhenti lama di perempatan nunggu penumpang
        angkutan_umum	pengamudi mikrotrans kebut2an di jalan sempit
        angkutan_umum	tolong tambah armada bus, penumpang berdesakan tiap pagi
        lalu_lintas	Lampu lalu lintas di perempatan mati, jadi semrawut
        lalu_lintas	macet parah tiap pagi di simpang empat, perlu pengaturan
        lalu_lintas	rambu dilarang putar balik ketutup pohon
        lalu_lintas	marka jalan udah pudar, ga keliatan malem
        lalu_lintas	traffic light rusak, nyala merah terus
        lalu_lintas	lampu merah di pertigaan kedip kuning terus, rawan tabrakan
        lalu_lintas	rambu penunjuk arah roboh ketabrak truk
        lalu_lintas	banyak yg lawan arah di jalan ini, minta dijaga
        lalu_lintas	perlu polisi tidur di jalan depan sekolah, mobil ngebut
        lalu_lintas	zebra cross ilang catnya, anak sekolah susah nyebrang
        lalu_lintas	kemacetan panjang krn u-turn ditutup
        lalu_lintas	durasi lampu hijau kependekan, antrean mengular
        lalu_lintas	ga ada rambu batas kecepatan, sering kecelakaan di tikungan
        lalu_lintas	pak ogah ngatur jalan seenaknya bikin makin macet
        pkl	PKL berjualan di trotoar, pejalan kaki terpaksa turun ke jalan
        pkl	pedagang kaki lima menuhin jalan depan stasiun
        pkl	lapak pedagang di atas saluran air, got jadi mampet
        pkl	gerobak dagangan ditinggal di pinggir jalan semalaman
        pkl	tenda pecel lele makan badan jalan tiap malam
        pkl	pedagang buah gelar lapak di bahu jalan
        pkl	lapak2 liar di depan pasar bikin jalan sempit
        pkl	pkl bandel balik lagi habis ditertibkan
        pkl	pedagang asongan jualan di jembatan penyeberangan
        pkl	warung tenda dibangun permanen di trotoar
        pkl	penjual bensin eceran jualan di pinggir jalan raya
        pkl	pasar tumpah tiap pagi, pedagang jualan di tengah jalan
        pkl	lapak sayur pakai terpal nutup jalan gang
        pkl	banyak pedagang kaki lima di depan sekolah, macet dan kotor
        ketertiban	Ada balap liar tiap malam minggu, berisik dan bahaya
        ketertiban	tawuran pelajar di jembatan, warga takut
        ketertiban	spanduk liar dan baliho dipasang di tiang listrik
        ketertiban	anak muda mabuk miras di pos ronda sampai pagi
        ketertiban	tetangga nyetel musik keras2 sampe jam 2 pagi
        ketertiban	reklame liar nempel di pohon dan pagar
        ketertiban	kafe remang2 buka sampai subuh, ribut terus
        ketertiban	orang nongkrong mabok dan malak warga lewat
        ketertiban	knalpot brong berisik tiap malam di jalan komplek
        ketertiban	ada judi sabung ayam di lahan kosong
        ketertiban	geng motor konvoi bawa senjata tajam
        ketertiban	poster kampanye tempel sembarangan di tembok sekolah
        ketertiban	warung jual minuman keras ke anak di bawah umur
        ketertiban	ormas pasang bendera dan spanduk di sepanjang jalan tanpa izin
        bangunan	Bangunan liar berdiri di atas saluran air
        bangunan	tetangga bangun rumah 4 lantai tanpa izin
        bangunan	ada bangunan melanggar garis sempadan jalan
        bangunan	kos2an dibangun tanpa PBG, nutup jalan gang
        bangunan	bangunan semi permanen di bantaran kali
        bangunan	renovasi ruko nyerobot trotoar
        bangunan	bangunan dijadikan gudang padahal zona perumahan
        bangunan	pembangunan gedung ga pasang pagar pengaman, material jatuh ke jalan
        bangunan	rumah dibangun di atas lahan fasum
        bangunan	bangunan tinggi tanpa imb di komplek, tetangga terganggu
        bangunan	ruko baru nambah lantai ga sesuai izin
        bangunan	bangunan kosong hampir ambruk, bahaya buat warga
        bangunan	tembok pembatas dibangun sampai ke badan jalan
        bangunan	proyek apartemen kerja sampai malam, tembok tetangga retak
        pmks	Ada gelandangan tidur di halte setiap malam
        pmks	pengemis bawa anak kecil di lampu merah
        pmks	orang dengan gangguan jiwa berkeliaran di pasar
        pmks	manusia gerobak mangkal di kolong jembatan
        pmks	anak jalanan ngamen di perempatan sampai malam
        pmks	pengamen maksa minta uang di angkot
        pmks	ada odgj ngamuk di jalan, warga takut
        pmks	lansia terlantar tidur di emperan toko
        pmks	anak2 jualan tisu di lampu merah jam sekolah
        pmks	manusia silver minta2 di perempatan
        pmks	tuna wisma tinggal di bawah jembatan tol
        pmks	pengemis pura2 cacat di depan masjid tiap jumat
        pmks	orang gila telanjang di pinggir jalan, kasihan
        pmks	badut jalanan bawa bayi minta2 di pertigaan
        kebakaran	Kebakaran rumah di gang sempit, butuh damkar segera
        kebakaran	ada api besar di gudang, asap hitam membumbung
        kebakaran	hidran di jalan kami rusak dan karatan
        kebakaran	sarang tawon besar di atap rumah, minta dievakuasi
        kebakaran	ular masuk rumah, tolong kirim petugas
        kebakaran	korsleting listrik, kabel tiang terbakar
        kebakaran	kebakaran lahan ilalang, apinya merembet ke rumah
        kebakaran	tabung gas bocor dan berapi di warung
        kebakaran	ada biawak masuk ke dapur warga
        kebakaran	kucing terjebak di atas pohon tinggi dua hari
        kebakaran	cincin ga bisa lepas dari jari, jarinya bengkak
        kebakaran	hydrant kering ga ada airnya waktu mau dipakai
        kebakaran	asap tebal keluar dari ruko, kayaknya terbakar
        kebakaran	sarang lebah di pohon depan sekolah, murid disengat
        air_bersih	Air PAM mati sudah tiga hari
        air_bersih	air keruh dan bau dari keran PAM
        air_bersih	pipa PDAM bocor, air muncrat di jalan
        air_bersih	air ledeng ngalir kecil banget, cuma netes
        air_bersih	warga kesulitan air bersih, sumur kering
        air_bersih	air pam berwarna kuning kecoklatan
        air_bersih	meteran air rusak tapi tagihan tetap tinggi
        air_bersih	pipa air bersih pecah di galian, air terbuang
        air_bersih	air dari keran berpasir dan bau kaporit
        air_bersih	minta dipasang jaringan pipa PAM, kampung belum ada air
        air_bersih	aliran air pam cuma nyala tengah malam
        air_bersih	air bersih mampet total, ga bisa mandi dan masak
        air_bersih	tagihan air membengkak padahal air sering mati
        air_bersih	mobil tangki air bersih ga dateng padahal dijanjikan
        kesehatan	Banyak warga kena DBD, mohon fogging
        kesehatan	nyamuk banyak bgt, tetangga ada yg demam berdarah
        kesehatan	jentik nyamuk di tempat penampungan air warga
        kesehatan	puskesmas tutup padahal jam pelayanan
        kesehatan	pelayanan puskesmas lama, antre dari pagi
        kesehatan	anak saya kena tipes, di lingkungan banyak yg sakit
        kesehatan	tikus berkeliaran, takut leptospirosis
        kesehatan	warga diare massal setelah minum air sumur
        kesehatan	minta pemeriksaan jentik dan abate di RW kami
        kesehatan	posyandu ga jalan lagi, balita ga ditimbang
        kesehatan	ada kasus campak di sekolah, minta vaksinasi
        kesehatan	bangkai tikus di mana2, lalat banyak, takut penyakit
        kesehatan	pengasapan nyamuk ga pernah dilakukan di gang kami
        kesehatan	petugas puskesmas judes ke pasien lansia
        adminduk	KTP saya belum jadi padahal sudah rekam 3 bulan
        adminduk	mau urus kartu keluarga tapi blangko habis
        adminduk	akta kelahiran anak salah tulis nama
        adminduk	e-ktp hilang, cara bikin baru gimana
        adminduk	antrian dukcapil panjang banget dan sistemnya offline
        adminduk	pindah domisili tapi data ga berubah di sistem
        adminduk	KK belum dicetak padahal sudah diajukan sebulan
        adminduk	NIK saya terdaftar ganda, ga bisa daftar BPJS
        adminduk	urus akta kematian dipersulit di kelurahan
        adminduk	KIA anak belum bisa diambil, katanya blanko kosong
        adminduk	surat pindah ga keluar2, dioper kesana kemari
        adminduk	petugas kelurahan minta uang buat ngurus ktp
        adminduk	status di ktp masih belum kawin padahal sudah menikah
        adminduk	data kependudukan saya ga muncul waktu daftar sekolah
        lainnya	terima kasih atas tanggapannya pak
        lainnya	selamat pagi min, mau tanya jam buka kantor kelurahan
        lainnya	info lowongan kerja di pemprov ada ga ya
        lainnya	mohon bantuannya pak lurah
        lainnya	bagaimana cara daftar bantuan sosial
        lainnya	tes aja, aplikasinya bagus
        lainnya	kapan ada pasar murah di kecamatan
        lainnya	saya mau kasih saran buat pelayanan kota
        lainnya	halo admin apakah laporan saya sudah diterima
        lainnya	mau tanya syarat nikah di KUA
        jalan_rusak	jalan utama kampung penuh lubang, tiap hujan jadi kolam
        jalan_rusak	aspal baru 2 bulan udah kelupas dan berlubang lagi
        jalan_rusak	kerusakan jalan depan kantor kelurahan belum diperbaiki
        jalan_rusak	jalanan rusak bikin ban mobil pecah, tolong segera ditambal
        jalan_rusak	jembatan kecil di kampung retak dan aspalnya turun
        jalan_rusak	sambungan jalan beton renggang dan patah, motor loncat
        jalan_rusak	jalan tanah merah becek berlumpur, mohon diaspal
        jalan_rusak	lubang jalan ditutup papan seadanya sama warga
        trotoar	trotoar hancur gara2 galian kabel ga dirapihin lagi
        trotoar	pejalan kaki susah lewat karena trotoar dipagari warga
        trotoar	mohon pembangunan trotoar di sepanjang jalan menuju sekolah
        trotoar	trotoar di depan halte ketinggian, lansia susah naik
        trotoar	trotoar penuh lubang dan ubin terangkat akar pohon
        trotoar	jalur pejalan kaki terputus, orang harus jalan di aspal
        trotoar	trotoar dijadikan pangkalan ojek, pejalan kaki terhalang
        trotoar	bolard trotoar patah dan tajam, bisa melukai
        lampu_jalan	lampu jalan di taman dan gang sama2 mati, gelap
        lampu_jalan	jalan masuk perumahan gelap krn pju belum dipasang
        lampu_jalan	tiang lampu jalan berkarat dan lampunya ga nyala
        lampu_jalan	lampu penerangan jembatan mati semua, rawan kejahatan
        lampu_jalan	lampu sorot di lapangan dan lampu jalan padam sejak petir
        lampu_jalan	minta tambah lampu jalan, sering ada begal di jalan sepi
        lampu_jalan	lampu jalan mati separuh di jalan arteri
        lampu_jalan	kap lampu jalan copot, bohlamnya kena hujan
        saluran_air	saluran air di samping jalan penuh sampah dan tanah
        saluran_air	got tertutup cor-coran warga, ga bisa dibersihkan
        saluran_air	air got hitam dan ga bergerak, bau busuk tiap sore
        saluran_air	saluran mampet bikin air meluap ke jalan kalau hujan
        saluran_air	tolong normalisasi saluran di RW kami, dangkal dan sempit
        saluran_air	grill penutup got hilang dan salurannya buntu
        saluran_air	air hujan ga ngalir karena gorong-gorong kecil banget
        saluran_air	tali air di pinggir jalan tersumbat daun dan plastik
        banjir	hujan semalam bikin rumah kami terendam air
        banjir	banjir kiriman datang lagi, air naik cepat
        banjir	air menggenang di jalan depan sekolah sampai mata kaki
        banjir	kampung kebanjiran tiap musim hujan, mohon solusi
        banjir	genangan air setinggi ban motor di perempatan
        banjir	warga terjebak banjir butuh evakuasi dan makanan
        banjir	jalan tol tergenang, mobil kecil ga berani lewat
        banjir	luapan sungai merendam puluhan rumah
        sampah	sampah ga diangkut berhari2, bau sampai ke rumah
        sampah	orang buang sampah di pinggir rel tiap pagi
        sampah	tumpukan sampah liar di sebelah sekolah
        sampah	petugas angkut sampah minta uang tambahan ke warga
        sampah	sampah di pasar menggunung dan bau busuk
        sampah	kontainer sampah penuh dan sampahnya tumpah
        sampah	sampah warga dibiarkan menumpuk di lahan kosong dekat rel
        sampah	sampah sisa hajatan dibuang sembarangan di jalan
        pencemaran	cerobong pabrik ngebul asap hitam tiap malam
        pencemaran	air kali berubah warna dan bau menyengat
        pencemaran	limbah cair dari pabrik tekstil dibuang ke saluran
        pencemaran	bau gas menyengat dari pabrik kimia, warga pusing
        pencemaran	asap tebal dari pembakaran lahan bikin mata perih
        pencemaran	debu semen dari proyek bikin warga batuk
        pencemaran	air tanah warga tercemar limbah, bau minyak
        pencemaran	pencemaran udara dari tungku pembakaran arang
        pohon	pohon tua di pinggir jalan mau roboh, akarnya keangkat
        pohon	dahan pohon patah nutup jalan gang
        pohon	minta perantingan pohon yang sudah terlalu rimbun
        pohon	pohon tumbang akibat angin kencang, menimpa pagar
        pohon	pohon kering mati berdiri di depan sekolah, bahaya
        pohon	ranting pohon menjuntai nyentuh kabel listrik
        pohon	pohon besar miring ke jalan, takut tumbang
        pohon	batang pohon patah menimpa atap warung
        taman	taman lingkungan rusak, ayunan dan jungkat jungkit patah
        taman	rumput di taman tinggi tak terurus
        taman	taman kota kotor banyak sampah dan coretan
        taman	lampu taman banyak yang mati, taman jadi gelap
        taman	kolam taman kotor dan berbau
        taman	RPTRA tidak terawat, fasilitas bermain rusak
        taman	taman dipakai orang tidur dan berjualan
        taman	pohon dan tanaman hias di taman mati tak disiram
        parkir_liar	parkir liar di depan pasar bikin jalan sempit
        parkir_liar	mobil parkir di trotoar dan bahu jalan seharian
        parkir_liar	jukir liar minta uang di depan toko
        parkir_liar	parkir motor liar di depan stasiun bikin macet
        parkir_liar	mobil diparkir melintang di jalan gang
        parkir_liar	parkir liar di jalan bikin ambulans dan damkar susah lewat
        parkir_liar	tukang parkir tanpa seragam memungut uang parkir
        parkir_liar	mobil derek tidak pernah menertibkan parkir liar di sini
        angkutan_umum	angkot berhenti sembarangan menaikkan penumpang
        angkutan_umum	bus kota sering tidak berhenti di halte
        angkutan_umum	sopir angkot mabuk dan ngebut
        angkutan_umum	halte bus kotor dan lampunya mati
        angkutan_umum	jadwal transjakarta ga jelas, penumpang menumpuk
        angkutan_umum	angkot ngetem di tikungan bikin macet
        angkutan_umum	bus mikrotrans jarang lewat di rute kami
        angkutan_umum	sopir bus kasar dan menurunkan penumpang di jalan tol
        lalu_lintas	lampu lalu lintas mati bikin kendaraan saling serobot
        lalu_lintas	macet tiap jam pulang kantor di simpang ini
        lalu_lintas	rambu lalu lintas hilang dicuri
        lalu_lintas	marka zebra cross pudar depan sekolah
        lalu_lintas	kendaraan sering melawan arus di jalan ini
        lalu_lintas	minta dipasang lampu merah di perempatan yang ramai
        lalu_lintas	traffic light kelamaan merahnya
        lalu_lintas	pengaturan lalu lintas buruk, macet berjam-jam
        pkl	pedagang kaki lima berjualan di trotoar dan bahu jalan
        pkl	lapak pedagang memenuhi jalan di depan pasar
        pkl	pedagang gerobak mangkal di trotoar depan kantor
        pkl	PKL berjualan di jembatan penyeberangan orang
        pkl	pedagang kaki lima bikin jalan kotor dan macet
        pkl	warung tenda berdiri di trotoar tiap malam
        pkl	pedagang pasar tumpah ke jalan raya
        pkl	pedagang asongan dan lapak menutupi halte
        ketertiban	balap motor liar tengah malam di jalan raya
        ketertiban	tawuran warga antar kampung tiap malam minggu
        ketertiban	spanduk dan poster liar di tiang listrik
        ketertiban	pesta miras di lapangan, ribut sampai pagi
        ketertiban	suara musik keras dari kafe sampai dini hari
        ketertiban	preman minta jatah ke pedagang
        ketertiban	anak2 main petasan di jalan tiap malam
        ketertiban	perjudian di warung kopi ramai tiap malam
        bangunan	bangunan liar berdiri di bantaran sungai
        bangunan	bangunan tanpa izin menutup saluran air
        bangunan	rumah dibangun melebihi batas tanah sampai ke jalan
        bangunan	gedung baru tidak punya PBG tapi sudah beroperasi
        bangunan	bangunan menyalahi peruntukan jadi pabrik
        bangunan	bangunan roboh sebagian, perlu dicek kelayakan
        bangunan	kios permanen dibangun di lahan milik pemda
        bangunan	pembangunan ruko tanpa papan izin
        pmks	gelandangan tidur di trotoar dan halte
        pmks	pengemis anak kecil di persimpangan jalan
        pmks	orang dengan gangguan jiwa berkeliaran di jalan raya
        pmks	manusia gerobak tidur di pinggir jalan bersama anaknya
        pmks	anak jalanan mengamen dan minta uang di lampu merah
        pmks	lansia terlantar di pinggir jalan, tidak ada keluarga
        pmks	pengemis di depan minimarket setiap hari
        pmks	tunawisma bermalam di taman dan kolong jembatan
        kebakaran	kebakaran di permukiman padat, api cepat menyebar
        kebakaran	asap dan api dari rumah tetangga, mohon damkar
        kebakaran	hidran kebakaran di pasar tidak berfungsi
        kebakaran	ular masuk ke rumah warga, minta evakuasi damkar
        kebakaran	sarang tawon vespa di atap rumah, berbahaya
        kebakaran	anak terjebak di dalam rumah terkunci, minta bantuan damkar
        kebakaran	hewan liar masuk rumah, minta penyelamatan
        kebakaran	gedung terbakar, asap hitam tebal terlihat
        air_bersih	air pam tidak mengalir sejak kemarin
        air_bersih	air dari PAM berbau dan keruh
        air_bersih	pipa air PAM pecah di depan rumah
        air_bersih	kampung kami belum dapat sambungan air bersih
        air_bersih	tekanan air pam kecil sekali
        air_bersih	air pam mati tiap pagi
        air_bersih	tagihan air pam tidak wajar
        air_bersih	air pam bercampur lumpur
        kesehatan	warga banyak yang kena demam berdarah
        kesehatan	minta fogging di lingkungan kami, nyamuk banyak
        kesehatan	jentik nyamuk ditemukan di banyak rumah
        kesehatan	pelayanan puskesmas kecamatan lambat
        kesehatan	banyak tikus dan kecoa, takut penyakit
        kesehatan	warga sakit diare setelah minum air
        kesehatan	posyandu tidak ada petugas
        kesehatan	ada wabah penyakit kulit di kampung
        adminduk	e-ktp belum jadi berbulan-bulan
        adminduk	pengurusan kartu keluarga lama sekali
        adminduk	akta kelahiran belum terbit
        adminduk	data ktp tidak sesuai, nama salah
        adminduk	pelayanan dukcapil kecamatan tutup
        adminduk	sulit mengurus surat pindah domisili
        adminduk	blangko ktp kosong terus
        adminduk	pungli di pengurusan dokumen kependudukan
        lainnya	minta informasi jadwal vaksin hewan
        lainnya	apakah kantor kelurahan buka hari sabtu
        lainnya	saya ingin mengucapkan terima kasih kepada petugas
        lainnya	bagaimana cara melapor lewat aplikasi
        lainnya	mohon informasinya pak
        lainnya	kapan pendaftaran sekolah dibuka
        """#
}
