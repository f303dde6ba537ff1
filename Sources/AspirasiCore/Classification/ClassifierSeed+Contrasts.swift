extension ClassifierSeed {
    /// A third batch of seed messages (category<TAB>message, one a line), written later for issue 18 by
    /// another developer, without reading the evaluation set's messages. Chosen from a five-fold
    /// cross-validation on the first two batches alone: most of its confusions were between pairs of
    /// categories that share words (asap: a fire or pollution; lampu: a street or a park; genangan: a
    /// flood or a broken road; trotoar: the pavement, a hawker or a building; got: a drain or mosquitoes;
    /// sampah: rubbish or a park; preman: public order or hawkers; halte: transport or the pavement).
    /// Each message says the thing an agency acts on, in the words a resident would use, so that the
    /// model learns which word decides where a message goes; the rest add variety to every category.
    static let tableContrasts = #"""
        jalan_rusak	aspal jalan kompleks udah ngelupas semua, tinggal batu2 nya doang
        jalan_rusak	jalan ke arah pasar banyak lobang, kalo ujan ketutup air jadi jebakan
        jalan_rusak	kerusakan badan jalan di tikungan bikin truk sering oleng
        jalan_rusak	tambalan jalan ambles lagi, baru seminggu udah ancur
        jalan_rusak	jalan beton di gang kami pecah, besinya udah keliatan
        jalan_rusak	aspalnya retak memanjang di tengah jalan, makin hari makin lebar
        jalan_rusak	jalanan bergelombang kayak ombak, motor jadi loncat2
        jalan_rusak	permukaan jalan turun di atas saluran, takut jebol
        trotoar	trotoar dipenuhi motor yg naik buat nyalip macet, pejalan kaki ga aman
        trotoar	ubin trotoar pada goyang dan pecah, nenek saya kesandung
        trotoar	trotoar sempit banget ketutup tiang dan pot, kursi roda ga bisa lewat
        trotoar	ga ada trotoar sama sekali di jalan ini, pejalan kaki jalan di aspal
        trotoar	penutup saluran di trotoar bolong, kaki bisa kejeblos
        trotoar	jalur pejalan kaki naik turun ga rata, susah buat lansia
        trotoar	guiding block dicat ulang nutupin tonjolannya, tunanetra bingung
        trotoar	trotoar depan kantor dipagar sendiri sama pemilik gedung
        lampu_jalan	lampu PJU di sepanjang jalan raya padam semua sejak minggu lalu
        lampu_jalan	tiang lampu jalan miring hampir roboh abis ketabrak truk
        lampu_jalan	lampu jalan nyala siang hari, mati pas malem, kebalik
        lampu_jalan	jalan tembus ke perumahan gelap gulita, ga ada penerangan sama sekali
        lampu_jalan	kabel lampu penerangan jalan menjuntai dari tiang, bahaya
        lampu_jalan	lampu jalan kedap kedip terus tiap malem
        lampu_jalan	penerangan di bawah jembatan layang mati, rawan begal
        lampu_jalan	bohlam lampu jalan di pertigaan pecah dilempar batu
        saluran_air	selokan depan rumah penuh lumpur, air ga ngalir sama sekali
        saluran_air	got ketutup sampah plastik, airnya balik ke rumah warga
        saluran_air	tutup saluran air hilang, lubangnya dalam dan terbuka
        saluran_air	gorong2 di bawah jalan kesumbat tanah, perlu dikeruk
        saluran_air	saluran drainase sepanjang gang belum pernah dikuras setahun
        saluran_air	air got mandek dan meluber tiap hujan sebentar
        saluran_air	kali kecil di belakang rumah dangkal banget, penuh endapan
        saluran_air	minta pengerukan got, udah penuh sedimen sampai atas
        banjir	air setinggi lutut masuk ke rumah warga sejak subuh
        banjir	permukiman kami kebanjiran lagi, warga ngungsi ke masjid
        banjir	rob naik sampe jalan utama, air laut masuk kampung
        banjir	jalan raya tergenang air sepinggang, mobil ga bisa lewat
        banjir	air kali meluap ke perumahan, perlu perahu karet
        banjir	genangan ga surut2 udah dua hari di jalan kampung
        banjir	tanggul jebol, air masuk ke rumah warga bantaran
        banjir	pompa air di rumah pompa mati, kampung kerendem
        sampah	sampah rumah tangga ga diangkut seminggu, baunya kemana2
        sampah	orang buang sampah sembarangan di lahan kosong, udah jadi gunung
        sampah	tong sampah di pinggir jalan penuh meluber, kantong plastik berserakan
        sampah	truk sampah jarang dateng, warga terpaksa numpuk di depan rumah
        sampah	sampah kiriman numpuk di pintu air, plastik semua
        sampah	gerobak sampah ga lewat lagi sejak petugasnya ganti
        sampah	bekas hajatan, sampah styrofoam dibiarin di pinggir jalan
        sampah	tps liar di ujung gang, lalat dan bau sampahnya ganggu
        pencemaran	pabrik buang limbah ke kali, airnya jadi item pekat
        pencemaran	pembakaran kabel bekas di lahan kosong, asapnya bau kimia
        pencemaran	bau busuk dari peternakan babi nyampe ke perumahan
        pencemaran	asap knalpot dari pabrik genteng bikin udara sesek
        pencemaran	air sumur warga tercemar limbah cucian jeans
        pencemaran	debu dari pabrik semen nempel di atap dan jemuran
        pencemaran	minyak hitam ngambang di kali, ikan pada mati
        pencemaran	kebisingan mesin pabrik 24 jam, polusi suara ganggu tidur
        pohon	pohon besar di pinggir jalan miring, akarnya udah keangkat
        pohon	dahan pohon patah nyangkut di kabel listrik
        pohon	ranting pohon nutupin rambu dan lampu jalan, minta dipangkas
        pohon	pohon tumbang nimpa mobil yang parkir
        pohon	pohon angsana keropos batangnya, takut roboh pas angin
        pohon	akar pohon ngerusak pagar rumah, minta ditebang
        pohon	daun pohon rimbun banget nutupin jalan, kabel ketutup
        pohon	batang pohon retak abis disambar petir
        taman	fasilitas bermain anak di taman karatan dan patah
        taman	taman kota ga terurus, rumputnya tinggi dan kolamnya hijau
        taman	rptra tutup terus padahal jam buka, anak2 ga bisa main
        taman	bangku dan lampu hias di taman rusak dicoret coret
        taman	toilet di rptra bau dan ga ada airnya
        taman	pagar taman dibongkar orang, tanamannya diinjak2
        taman	air mancur di taman ga nyala, kolamnya jadi sarang nyamuk
        taman	taman lingkungan dipakai pacaran dan nongkrong, penjaganya ga ada
        parkir_liar	mobil parkir di bahu jalan sepanjang hari, jalan jadi satu lajur
        parkir_liar	jukir liar narik duit parkir di depan minimarket
        parkir_liar	motor ojol ngetem parkir berjajar di depan stasiun
        parkir_liar	bengkel pakai jalan buat parkir mobil servis
        parkir_liar	parkir sembarangan di depan gerbang rumah orang
        parkir_liar	bus pariwisata parkir di pinggir jalan perumahan semalaman
        parkir_liar	tukang parkir ilegal di depan rumah makan minta 5 ribu
        parkir_liar	mobil parkir dua lapis di depan sekolah pas jam jemput
        angkutan_umum	sopir angkot ugal2an, penumpang dimarahin kalo protes
        angkutan_umum	bus transjakarta koridor ini jarang dateng, nunggu sejam
        angkutan_umum	mikrolet ngetem lama di mulut gang, bikin antrean
        angkutan_umum	halte busway atapnya bocor dan lantainya licin
        angkutan_umum	kernet metromini narik ongkos lebih mahal dari tarif
        angkutan_umum	ac bus mati, penumpang kepanasan sepanjang jalan
        angkutan_umum	jaklingko rute ini ga lewat lagi sejak bulan lalu
        angkutan_umum	kopaja jalan dengan pintu kebuka, penumpang gelantungan
        lalu_lintas	lampu merah di perempatan mati, kendaraan saling serobot
        lalu_lintas	rambu dilarang putar balik ketutup spanduk
        lalu_lintas	marka jalan udah pudar, pengendara bingung lajurnya
        lalu_lintas	macet parah tiap sore di bundaran karena putaran balik
        lalu_lintas	traffic light lampu hijaunya cuma lima detik
        lalu_lintas	butuh zebra cross di depan sekolah, anak2 nyebrang bahaya
        lalu_lintas	pengendara motor lawan arah terus di jalan satu arah
        lalu_lintas	cermin tikungan pecah, pengendara ga liat dari arah lain
        pkl	pedagang kaki lima buka lapak di badan jalan sore hari
        pkl	gerobak gorengan mangkal di depan halte tiap pagi
        pkl	pkl jualan di jembatan penyeberangan, orang susah lewat
        pkl	lapak pedagang buah pake separuh jalan depan pasar
        pkl	pedagang asongan berjualan di dalam stasiun
        pkl	pedagang pecel lele gelar tenda di trotoar tiap malam
        pkl	pedagang kaki lima ditertibkan tapi balik lagi besoknya
        pkl	pedagang sayur gelar dagangan di pinggir jalan sampai macet
        ketertiban	tawuran pelajar tiap pulang sekolah di dekat rel
        ketertiban	balap liar motor tiap malam minggu di jalan layang
        ketertiban	spanduk dan baliho liar dipaku di pohon pinggir jalan
        ketertiban	warung remang2 jual miras sampai pagi
        ketertiban	preman minta uang keamanan ke warga yang lewat
        ketertiban	suara musik kencang dari kafe sampai jam 3 pagi
        ketertiban	pak ogah minta duit di putaran balik, kadang maksa
        ketertiban	orang judi di pos ronda tiap malam
        bangunan	bangunan dibangun nutupin saluran air tanpa izin
        bangunan	tetangga nambah lantai tiga, ga ada pbg nya
        bangunan	ruko nambah kanopi permanen sampai ke jalan
        bangunan	gedung tua kosong retak2, takut roboh ke rumah warga
        bangunan	bangunan liar berdiri di bantaran kali
        bangunan	proyek bangunan ga pasang papan izin, kerjanya malam
        bangunan	rumah kos dibangun melebihi garis sempadan jalan
        bangunan	tembok pembatas dibangun makan jalan umum
        pmks	gelandangan tidur di emperan toko tiap malam
        pmks	odgj ngamuk di pinggir jalan, warga takut
        pmks	pengemis bawa bayi di perempatan lampu merah
        pmks	anak jalanan ngelem di kolong jembatan
        pmks	manusia gerobak mangkal di trotoar sama anak kecil
        pmks	nenek sebatang kara tinggal di gubuk, butuh bantuan dinsos
        pmks	pengamen badut minta uang maksa di lampu merah
        pmks	orang terlantar sakit di halte, ga ada keluarganya
        kebakaran	rumah kebakaran, api udah gede, kirim damkar
        kebakaran	kabel listrik di tiang terbakar dan percikan api
        kebakaran	asap dan api keluar dari jendela apartemen lantai atas
        kebakaran	tumpukan kayu di gudang kebakaran, asapnya tebal banget
        kebakaran	hidran di depan kompleks ga ada tekanan airnya
        kebakaran	ular kobra masuk kamar anak, minta evakuasi damkar
        kebakaran	sarang tawon vespa di plafon, gede banget
        kebakaran	kompor meledak, dapur warung terbakar
        air_bersih	air pam ga ngalir dari kemarin, warga ga bisa masak
        air_bersih	air ledeng bau kaporit dan warnanya kuning
        air_bersih	pipa air bersih bocor di bawah trotoar, airnya muncrat
        air_bersih	tekanan air pdam lemah, cuma ngalir tengah malam
        air_bersih	air pam keruh kecoklatan kayak air kali
        air_bersih	meteran air rusak tapi tagihan naik terus
        air_bersih	sudah bayar sambungan air bersih tapi belum dipasang
        air_bersih	air mati total sekampung, ga ada mobil tangki dateng
        kesehatan	tetangga kena dbd, mohon segera fogging rt kami
        kesehatan	banyak nyamuk aedes di kompleks, anak2 demam
        kesehatan	puskesmas tutup padahal jam buka, pasien nunggu di luar
        kesehatan	banyak tikus di pemukiman, takut leptospirosis
        kesehatan	pelayanan puskesmas lama, antre dari subuh
        kesehatan	jentik di bak mandi warga, perlu pemeriksaan jumantik
        kesehatan	warga diare massal abis makan di hajatan
        kesehatan	minta penyuluhan demam berdarah, kasusnya naik di rw kami
        adminduk	ktp elektronik saya belum jadi udah setahun
        adminduk	bikin akta kelahiran anak dipersulit di kelurahan
        adminduk	data kartu keluarga salah nama, gimana benerinnya
        adminduk	nik saya ga kebaca di sistem dukcapil
        adminduk	blangko ktp habis terus di kecamatan
        adminduk	urus pindah domisili lama banget prosesnya
        adminduk	akta kematian orang tua belum keluar
        adminduk	kk baru belum bisa dicetak, katanya server dukcapil down
        lainnya	mau tanya info beasiswa dari pemprov
        lainnya	terima kasih sudah cepat ditangani
        lainnya	kapan jadwal car free day minggu ini
        lainnya	saya mau daftar jadi relawan kelurahan
        lainnya	tolong info nomor telepon kantor walikota
        lainnya	apakah ada pelatihan umkm gratis bulan ini
        """#
}
