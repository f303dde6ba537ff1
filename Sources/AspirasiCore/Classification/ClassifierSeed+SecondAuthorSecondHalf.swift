extension ClassifierSeed {
    /// The second author's batch, its last ten categories (see `ClassifierSeed+SecondAuthor.swift`).
    static let tableSecondAuthorSecondHalf = #"""
        angkutan_umum	TJ koridor 9 nunggu 40 menit ga dateng2, penumpang numpuk
        angkutan_umum	sopir mikro M11 ugal2an, ngebut sambil ngerokok
        angkutan_umum	JakLingko JAK 31 sering ga lewat trayeknya, motong jalan sendiri
        angkutan_umum	Mohon evaluasi pengemudi TransJakarta yang mengerem mendadak sehingga penumpang terjatuh.
        angkutan_umum	angkot ngetem lama bgt depan Pasar Minggu, bikin macet
        angkutan_umum	AC TJ 1A mati lagiii
        angkutan_umum	jembatan penghubung ke tempat tunggu TJ Harmoni lantainya goyang
        angkutan_umum	Saya ingin menyampaikan keluhan, setiap pagi sopir mikro trayek Pulo Gadung sering menurunkan anak sekolah jauh dari tujuan dan meminta ongkos lebih dengan alasan tarif naik. Mohon Dishub menegur operatornya.
        angkutan_umum	kenapa armada KWK di Cilandak jam 9 malem udah ga ada sama sekali
        angkutan_umum	kartu ga bisa tap di gate TJ Cawang, petugasnya cuek
        angkutan_umum	sopir angkutan kota nurunin penumpang di tengah jalan, bahaya
        angkutan_umum	bangku di halte Bundaran HI ada yg copot, atapnya juga bocor
        angkutan_umum	pintu otomatis bus koridor 13 rusak, ga ketutup pas jalan
        angkutan_umum	sopir mikrolet Kampung Melayu nyetel musik kenceng bgt, ditegur malah marah
        angkutan_umum	tolong tambah armada JakLingko ke perumahan kami, warga harus jalan 2 km ke jalan raya
        angkutan_umum	metromini ga layak jalan masih narik di Tanjung Priok, pintunya diiket tali rafia
        angkutan_umum	TJ nyalip2 keluar jalurnya sendiri, sampe nyerempet motor
        angkutan_umum	aplikasi jadwal kedatangan TJ ga akurat, bilangnya 2 menit taunya 20
        angkutan_umum	kopaja yg ga pake pintu masih keliaran, bahaya buat anak sekolah
        angkutan_umum	tangga masuk tempat tunggu TJ Pluit licin & ga ada pegangannya, lansia susah
        angkutan_umum	penumpang dempet2an jam pulang kantor, armada koridor 6 kurang bgt
        angkutan_umum	sopir JakLingko nolak penumpang pake kursi roda
        angkutan_umum	bis feeder berhentinya jauh dari titik naik, lansia harus lari2 ngejar
        angkutan_umum	lampu di dalem mobil mikro pas malem mati, rawan copet
        lalu_lintas	bangjo di perempatan Matraman mati, kendaraan saling serobot
        lalu_lintas	APILL di simpang Kuningan ijonya cuma 10 detik, antrean mengular sampe Mampang
        lalu_lintas	garis putih di Jl. Panjang udah ilang, malem ga keliatan lajurnya
        lalu_lintas	zebra cross depan SD pudar, anak2 nyebrang ga diliat pengendara
        lalu_lintas	lampu merah di Pancoran mati dari pagi, kacau bgt
        lalu_lintas	papan petunjuk arah ke bandara ketutup baliho, pengendara pada nyasar
        lalu_lintas	Mohon penempatan petugas pengatur lalu lintas di persimpangan Fatmawati saat jam sibuk.
        lalu_lintas	tiang rambu dilarang belok ketabrak mobil, tergeletak di median
        lalu_lintas	marka jalan di tol dalam kota baru dicat tp udah luntur
        lalu_lintas	jalur sepeda dipake motor melawan arah, tolong dipasang pembatas
        lalu_lintas	MACETTT PARAH DI JL. RAYA BOGOR, ADA GALIAN GA ADA PETUGAS
        lalu_lintas	polisi tidur di jalan lingkungan kegedean, motor sampe nyangkut bawahnya
        lalu_lintas	traffic light di Grogol ngaco, ijo sama merah nyala barengan
        lalu_lintas	cermin cembung di tikungan gang pecah, sering tabrakan di situ
        lalu_lintas	waktu tunggu nyebrang di pelican crossing Thamrin kelamaan, orang pada nekat
        lalu_lintas	Setiap pagi jam 6 sampai 8 banyak motor melawan arah di Jl. Kalimalang karena tidak ada pembatas, sudah beberapa kali nyaris tabrakan dengan mobil dari depan. Mohon dipasang separator dan ditempatkan petugas Dishub.
        lalu_lintas	Mohon dikaji ulang pengaturan satu arah di Jl. Kemang Raya, kemacetan makin parah.
        lalu_lintas	papan nama jalan sama penunjuk arah ke RSUD udh karatan ga kebaca
        lalu_lintas	nyebrang di depan halte Slipi kayak maen nyawa, ga ada penyeberangan sama sekali
        lalu_lintas	bangjo Kuningan mati lagi
        lalu_lintas	tersendat 2 km krn mobil mogok di simpang susun, ga ada yg ngatur
        lalu_lintas	tiang lampu pengatur simpang ketabrak truk, lampunya ngadep ke bawah
        lalu_lintas	lampu kuning kedip2 terus di pertigaan, ga ada yg mau ngalah
        lalu_lintas	u-turn di Daan Mogot bikin antrean panjang, tolong ditutup atau dipindah
        pkl	abang2 gorengan mangkal pas di mulut gang, motor ga bisa masuk
        pkl	tenda pecel lele buka dari sore makan setengah badan jalan di Jl. Sabang
        pkl	pedagang buah pake trotoar depan Stasiun Jatinegara, pejalan kaki harus turun ke jalan
        pkl	PKL di Tanah Abang balik lagi ke jalan, kemaren udah ditertibin
        pkl	warung kopi semi permanen berdiri di atas saluran air depan kantor pos
        pkl	lapak2 baju nutupin jalur tunanetra di Blok M
        pkl	Mohon Satpol PP menertibkan pedagang yang berjualan di jembatan penyeberangan Senen.
        pkl	tukang sayur mangkal di depan halte, penumpang susah naik TJ
        pkl	pedagang kaki lima di depan SD nutup jalan pas bubaran
        pkl	gerobak bakso ditinggal nginep di pinggir jalan tiap malem
        pkl	pasar tumpah tiap pagi di Jl. Kebayoran Lama, jalan tinggal setengah
        pkl	penjual ikan hias ngambil badan jalan pake akuarium, tiap sore macet
        pkl	jualan di atas got, air cucian piringnya dibuang langsung ke situ
        pkl	pedagang baju bekas gelar dagangan di taman kota, rumputnya rusak
        pkl	lapak tambal ban ngambil setengah trotoar Jl. Raya Pasar Minggu
        pkl	DAGANGAN PADA DIGELAR DI TANGGA JPO, ORANG GA BISA LEWAT
        pkl	pedagang di sekitar stasiun Tanah Abang bikin sempit jalan keluar penumpang
        pkl	warung tenda naro meja kursi di jalur orang jalan kaki
        pkl	jalan ketutup tenda jualan lagi
        pkl	Yth. Satpol PP, setiap jam pulang sekolah belasan penjual jajanan mengerumuni gerbang SDN di Jl. Tanah Tinggi sampai memakan badan jalan, anak-anak terpaksa berdesakan ke tengah jalan raya. Mohon ditertibkan dan dipindahkan.
        pkl	asongan jualan di lampu merah Cawang, bahaya ketabrak
        pkl	Kepada Yth. Satpol PP Kecamatan, mohon ditertibkan kios dagang di pinggir rel dekat Stasiun Duri.
        pkl	tukang sate nempel di pager rumah warga tiap malem, asapnya masuk, minta dipindahin jualannya
        pkl	berjualan di trotoar udah jadi kebiasaan di Jatinegara Barat, ga ada tindakan
        ketertiban	tiap malem minggu ada trek2an motor di Gatot Subroto, kenceng bgt, bahaya
        ketertiban	preman di pasar malakin pedagang tiap pagi, minta setoran
        ketertiban	anak2 tanggung perang sarung abis sahur di Jl. Pramuka, ada yg bawa celurit
        ketertiban	warung remang2 di pinggir rel jual ciu, orang mabok tiap malem
        ketertiban	Mohon ditertibkan baliho ormas yang dipaku di tiang listrik dan pohon.
        ketertiban	karaoke rumahan di RT 05 nyetel sampe jam 2 pagi, warga ga bisa tidur
        ketertiban	ada judi koprok di pos ronda, yg main bapak2 sampe subuh
        ketertiban	sabung ayam tiap minggu di lahan kosong belakang pasar
        ketertiban	tawuran lagi di Manggarai, batu2 ke rel
        ketertiban	spanduk liar sedot WC nempel di mana2 di Jl. Pemuda
        ketertiban	pungli di gerbang kampung, tiap mobil masuk ditarik 2rb ama oknum ormas
        ketertiban	balap liar di Jl. Benyamin Sueb tiap malem, knalpot brong bikin budek
        ketertiban	MIRAS OPLOSAN DIJUAL BEBAS DI WARUNG DKT SEKOLAH
        ketertiban	orang mabok bikin onar di depan minimarket, minta duit ke pengunjung
        ketertiban	petasan tiap malem, berisikkk
        ketertiban	reklame liar di Jl. Raya Bogor nutupin pandangan di tikungan
        ketertiban	stiker pinjol ditempel di halte dan tiang2, bikin kumuh
        ketertiban	tempat hiburan malam di Hayam Wuruk musiknya kedengeran sampe permukiman
        ketertiban	oknum ngaku ormas minta uang keamanan ke toko2 baru di ruko Kelapa Dua
        ketertiban	sudah sebulan tiap malam belasan pemuda nongkrong di jembatan dekat masjid sampai subuh, teriak-teriak dan menggoda perempuan yang lewat. Warga sudah menegur tapi malah ditantang, mohon Satpol PP patroli.
        ketertiban	klub motor gede nutup jalan buat konvoi, seenaknya aja
        ketertiban	Pengeras suara hajatan sampai tengah malam dan tendanya menutup jalan umum.
        ketertiban	anak sekolah bolos nongkrong & ngerokok di warnet jam pelajaran, tolong dirazia
        ketertiban	coret2an vandal di tembok flyover makin banyak tiap minggu
        bangunan	tetangga nambah lantai 4 di gang selebar 1,5 m, ga ada papan izinnya
        bangunan	rumah di ujung jalan dibangun sampe nutup saluran air, tolong dicek izinnya
        bangunan	bangunan liar di bantaran Kali Ciliwung makin banyak, mohon ditertibkan
        bangunan	ruko di Kelapa Gading nambah kanopi permanen sampe ke badan jalan
        bangunan	kos2an 5 lantai di lingkungan perumahan, jalannya ga muat buat damkar
        bangunan	Mohon dicek PBG pembangunan gedung di Jl. Raya Pasar Minggu, diduga tidak sesuai.
        bangunan	proyek katanya rumah tinggal tp jadinya kayak apartemen, kerja sampe tengah malem
        bangunan	bedeng semi permanen di lahan fasum RW 03, udah jadi kampung kecil
        bangunan	pagar rumah dimajuin ampe makan trotoar, pejalan kaki ga kebagian
        bangunan	gudang di tengah permukiman tanpa izin, truk keluar masuk tiap jam
        bangunan	ada yg bangun warung permanen pake bata di jalur hijau
        bangunan	rumah tinggal diubah jadi pabrik konveksi, melanggar peruntukan zona
        bangunan	gedung tua kosong di Kota Tua mau ambruk, bahaya buat yg lewat
        bangunan	Yth Citata, konstruksi di sebelah rumah kami tidak memakai pengaman, puing jatuh ke atap.
        bangunan	IMB nya cuma 2 lantai tp dibangun 5, semua warga tau
        bangunan	menara BTS dibangun di atas rumah warga, ga ada sosialisasi sama sekali
        bangunan	tembok proyek retak dan miring ke jalan, takut ambruk
        bangunan	kafe baru di Senopati ngambil garis sempadan, teras dibangun sampe pinggir jalan
        bangunan	Yth. Dinas Citata, di sebelah rumah kami sedang dibangun rumah kos empat lantai yang temboknya menempel langsung ke tembok kami tanpa jarak, air hujan masuk dan retakan mulai muncul. Mohon dicek kesesuaian izinnya.
        bangunan	bangunan melanggar KDB di kompleks, lahan hijaunya abis dicor semua
        bangunan	basement gedung baru digali mepet bgt, tembok rumah warga mulai miring
        bangunan	ruko Glodok nambah lantai diem2
        bangunan	sempadan kali diuruk terus dibangun kontrakan petak
        bangunan	ga ada papan proyek di Jl. Tebet Raya, kerja siang malem, diduga ga ada persetujuan bangunan gedung
        pmks	ada kakek tidur di emperan ruko tiap malem, kasian kedinginan, mohon dibantu dinsos
        pmks	orang gila jalan2 telanjang di sekitar Pasar Senen, tolong dijangkau
        pmks	anak2 kecil minta2 di lampu merah Cawang sampe tengah malem
        pmks	ibu2 gendong bayi ngemis di jembatan penyeberangan Kuningan tiap hari
        pmks	manusia gerobak mangkal di kolong flyover Jatinegara sekeluarga
        pmks	pengamen maksa minta duit di angkot, kalo ga dikasih marah2
        pmks	ODGJ ngamuk lempar batu di depan masjid, warga takut
        pmks	manusia silver berdiri di perempatan Fatmawati, ada yg masih anak SD
        pmks	ondel2 keliling minta duit sampe masuk ke kompleks tiap sore
        pmks	Mohon Dinas Sosial menjangkau lansia terlantar yang tinggal di halte Jl. Gunung Sahari.
        pmks	anak2 ngelem di bawah jembatan Pasar Rebo, masih kecil2
        pmks	tunawisma bikin tenda di taman kota, udah berbulan2
        pmks	pengemis berkedok sumbangan masjid datengin rumah2 tiap minggu
        pmks	ada ibu bawa anak tidur di trotoar depan Stasiun Tanah Abang
        pmks	Mohon bantuan Dinas Sosial, sejak tiga hari lalu ada bapak tua yang linglung dan kehilangan ingatan duduk di depan minimarket Jl. Salemba, tidak tahu alamat rumahnya dan belum makan. Warga sudah memberi minum.
        pmks	badut minta2 di minimarket
        pmks	anak jalanan disuruh ngamen sama orang dewasa, kayaknya dieksploitasi
        pmks	perempuan dgn gangguan jiwa tinggal di pos ronda RW 06, sering teriak malem2
        pmks	anak2 ngamen pake kecrekan di tiap perempatan Pramuka, ortunya nunggu di pinggir
        pmks	gelandangan tidur di halte busway, penumpang jadi ga bisa duduk
        pmks	nenek2 duduk minta2 di tangga masjid tiap Jumat, katanya dari luar kota
        pmks	keluarga pemulung tinggal di bawah jembatan tol pake terpal, ada balitanya
        pmks	pemuda dengan gangguan jiwa dipasung di rumah, keluarganya minta bantuan
        pmks	orang terlantar sakit2an di pinggir Jl. Daan Mogot, tolong dibawa ke panti
        kebakaran	ada kobaran gede di gudang kasur Jl. Pangeran Jayakarta, asep item bgt, tolong damkar cepet
        kebakaran	KEBAKARAN DI PEMUKIMAN PADAT TAMBORA!!! CEPET DATENG
        kebakaran	cincin nyangkut di jari anak gue, udah bengkak, bisa dibantu damkar?
        kebakaran	ada kobra di dapur!!
        kebakaran	sarang tawon gede di plafon musholla, jamaah udah ada yg disengat
        kebakaran	bau gas elpiji nyengat di kontrakan sebelah, orangnya pergi, takut meledak
        kebakaran	kucing naik ke tiang listrik ga bisa turun udh 2 hari, ngeong terus
        kebakaran	hidran di Jl. Mangga Dua ga ada airnya pas dicek, gimana kalo ada kejadian
        kebakaran	korsleting di panel listrik ruko, ngeluarin percikan dan asep
        kebakaran	anak kekunci di dalem mobil di parkiran mall, tolong bantu buka
        kebakaran	biawak masuk ke kamar mandi warga di Pluit, gede banget
        kebakaran	lahan ilalang terbakar di samping tol, asapnya nutup pandangan pengendara
        kebakaran	tolong segera, ada pekerja jatuh ke dalam sumur tua sedalam kurang lebih delapan meter di belakang musholla Jl. Kebon Nanas, masih sadar namun tidak bisa naik dan warga tidak punya tali
        kebakaran	ular masuk rumah lagi di Cilangkap, udah ketiga kalinya bulan ini
        kebakaran	Mohon pemeriksaan APAR di Pasar Kramat Jati, banyak yang sudah kadaluarsa.
        kebakaran	tabung gas 3 kg bocor nyembur, warung udah dikosongin
        kebakaran	lebah bergerombol di pohon depan SD, murid2 takut keluar kelas
        kebakaran	hydrant depan pasar ketutup lapak pedagang, petugas ga bisa akses
        kebakaran	kakek kejebak di kamar mandi kekunci dari dalem, ga ada suara lagi
        kebakaran	trafo di ujung gang meledak dan nyala, asep sampe ke jalan
        kebakaran	api dari tumpukan sampah merembet ke pagar rumah warga
        kebakaran	tawon vespa bikin sarang di atas jendela kelas
        kebakaran	mobil terbakar di tol JORR arah Cikunir, ada yg kejebak di dalem
        kebakaran	kucing nyangkut di dalem gorong2, kedengeran suaranya dari kemarin
        air_bersih	keran di rumah kering kerontang dari subuh, kita mau mandi gimana min
        air_bersih	air ledeng keluar kuning kecoklatan kayak teh, ga berani dipake masak
        air_bersih	PAM di Kapuk Muara ngalirnya cuma jam 2 pagi, itu pun kecil bgt
        air_bersih	pipa pecah di pinggir Jl. Kemanggisan, airnya muncrat ke jalan seharian
        air_bersih	air PAM bau kaporit menyengat, anak2 gatel2 abis mandi
        air_bersih	tagihan bulan ini naik 3x lipat padahal pemakaian biasa aja, meteran kayaknya rusak
        air_bersih	air mati 3 hari di Rusun Marunda, warga antri jerigen
        air_bersih	Mohon dikirimkan mobil tangki air ke RW 12, distribusi terhenti sejak Senin.
        air_bersih	Selamat pagi, sejak bulan lalu tekanan air di rumah kami di Jl. Duri Kepa sangat lemah, hanya menetes dari keran dan tidak sanggup naik ke toren, padahal tagihan tetap normal. Mohon petugas mengecek jaringan.
        air_bersih	air yg keluar dari keran ada cacingnya kecil2, jijik bgt
        air_bersih	pipa bocor bikin jalan berlubang di depan gang, tolong PAM Jaya benerin pipanya
        air_bersih	sambungan baru udah bayar 2 bulan blm dipasang juga
        air_bersih	warga Kamal Muara masih beli air jerigen mahal, kapan jaringan pipa masuk
        air_bersih	air keruh dan berpasir tiap abis perbaikan jaringan
        air_bersih	meteran air dicuri orang, gimana ngurus gantinya
        air_bersih	genangan di trotoar dari rembesan pipa air, becek terus padahal ga ujan
        air_bersih	AIR NGGA NGALIR LAGIIII, UDAH SEMINGGU DI PENJARINGAN
        air_bersih	air dari keran bau amis kayak got, tolong diuji
        air_bersih	bu, pasokan dari operator air di Cengkareng putus-nyambung tiap sore
        air_bersih	kebutuhan air bersih warga bantaran belum terpenuhi, mohon hidran umum ditambah
        air_bersih	tutup meteran pecah, airnya rembes terus, tagihan jadi bengkak
        air_bersih	warna air kehitaman pas awal keluar, abis itu baru agak jernih
        air_bersih	air kuning lagi, Rawa Badak
        air_bersih	rumah di ujung jalur ga kebagian air sama sekali, yg depan lancar
        kesehatan	udah 3 anak di RT kita kena DB bulan ini, tolong lingkungannya diasapin
        kesehatan	banyak tikus gede di pasar, sampe masuk ke warung makan
        kesehatan	anak2 keracunan abis makan jajanan di depan sekolah, mohon diperiksa penjualnya
        kesehatan	anjing liar gigit bocah di gang, takut rabies, tolong ditangkap
        kesehatan	Mohon dilakukan fogging di RW 05 Cipinang Melayu, sudah ada 2 korban jiwa.
        kesehatan	pelayanan puskesmas lama bgt, antri dari subuh baru dipanggil jam 12
        kesehatan	kolam bekas di rumah kosong jadi sarang jentik, air ijo ga pernah dikuras
        kesehatan	ngiung2 tiap malem di kamar, kayaknya dari ban bekas di lahan kosong
        kesehatan	Yth. Dinas Kesehatan, setelah hajatan di RT 04 kemarin lebih dari dua puluh warga mengalami diare dan muntah-muntah, beberapa dibawa ke IGD. Mohon diselidiki sumber makanannya agar tidak meluas.
        kesehatan	tetangga TBC batuk2 terus tp ga mau berobat, tolong petugas kesehatan dateng
        kesehatan	jumantik udah ga pernah keliling lagi, dulu rutin tiap jumat
        kesehatan	ada warga kena DBD tp fogging ga dilakukan krn katanya harus PE dulu
        kesehatan	kecoa banyak bgt di dapur warteg sebelah, kebersihan makanannya diragukan
        kesehatan	bidan di posyandu ga dateng 2 bulan, balita blm ditimbang
        kesehatan	bak mandi sekolah penuh larva kecil2, murid2 banyak yg demam
        kesehatan	dokter di klinik kelurahan cuma ada 2 jam sehari, pasien ga keburu
        kesehatan	air got item bau, nyamuk kayak awan tiap sore
        kesehatan	warga RW 09 banyak cacar
        kesehatan	kok vaksin campak buat anak di posyandu RW habis terus?
        kesehatan	banyak kucing liar kena kurap di kompleks, anak2 pada gatel2 abis megang
        kesehatan	Yth Dinkes, mohon abatisasi di Rusun Jatinegara, banyak ban bekas dan tampungan air terbuka.
        kesehatan	warung padang di Jl. Pemuda jualan lauk basi, tiga orang muntah2
        kesehatan	obat di layanan kesehatan kecamatan kosong terus, disuruh beli di luar
        kesehatan	tikus got segede kucing keluar masuk rumah warga, udah ada yg kena leptospirosis
        adminduk	blangko KTP habis terus di kelurahan, udah 3 bulan pake resi doang
        adminduk	KK saya masih atas nama almarhum bapak, mau ganti kepala keluarga ribet bgt
        adminduk	akte kelahiran anak salah tulis nama, disuruh balik2 terus
        adminduk	NIK saya ga terdaftar pas mau daftar BPJS, padahal udh rekam
        adminduk	Mohon informasi prosedur pembuatan akta kematian, petugas kelurahan tidak bisa menjelaskan.
        adminduk	server di kantor kecamatan down mulu, ngurus surat pindah ga kelar2
        adminduk	antrian perekaman di Capil kecamatan cuma 30 orang per hari, ga kebagian dari subuh
        adminduk	data di kartu identitas anak beda sama di KK, tanggal lahir ketuker
        adminduk	petugas loket minta uang pelicin buat percepat cetak KK
        adminduk	NIK ganda, ada orang lain pake nomor yg sama di daerah lain
        adminduk	mau ganti status kawin di kartu penduduk, disuruh bawa fotokopi surat nikah 5 lembar
        adminduk	e-KTP rusak kena cuci, mau cetak ulang katanya harus lapor polisi dulu?
        adminduk	Saya sudah mengajukan pindah domisili dari Bekasi ke Jakarta Timur sejak awal bulan lalu melalui kelurahan, namun hingga hari ini berkas masih diproses dan saya belum bisa mengurus sekolah anak. Mohon dibantu.
        adminduk	Alpukat Betawi error mulu
        adminduk	nama ibu kandung di biodata salah ketik, ngaruh ke rekening bank
        adminduk	Dukcapil Jaksel tutup jam 12 padahal jadwalnya sampe jam 3
        adminduk	KTP anak saya yg baru 17 th belum jadi, padahal perlu buat daftar kuliah
        adminduk	lansia di panti ga punya identitas sama sekali, gimana cara rekamnya?
        adminduk	kartu keluarga baru pisah dari ortu udah sebulan blm dicetak
        adminduk	status pekerjaan di data kependudukan masih pelajar padahal udh kerja 5 thn
        adminduk	NIK warga RT kami dinonaktifkan krn dianggap ga tinggal di Jakarta, padahal masih
        adminduk	surat keterangan pengganti identitas dari kelurahan udh expired, kartu aslinya belum jadi
        adminduk	petugas jemput bola perekaman ga dateng ke RPTRA sesuai jadwal
        adminduk	anak lahir di RS tp ga bisa dibikinin akte krn ortunya belum punya buku nikah
        """#
}
