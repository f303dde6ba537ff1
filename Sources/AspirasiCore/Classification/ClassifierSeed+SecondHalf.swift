extension ClassifierSeed {
    /// The seed's messages for the other categories, kebakaran to lainnya (category<TAB>message, one a line).
    static let tableSecondHalf = #"""
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
