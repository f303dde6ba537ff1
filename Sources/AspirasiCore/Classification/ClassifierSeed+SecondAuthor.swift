extension ClassifierSeed {
    /// A fifth batch (category<TAB>message, one a line, 24 for each category), written for issue 18 by a
    /// second author: a separate session that was given only the category list (`categories.csv`:
    /// codes, names, agencies, keywords) and the ways Jakarta residents write, and had seen neither the
    /// other batches nor the evaluation set. At most a third of each category's lines use one of its
    /// keywords; about a quarter are scenes that name another category's things (a vendor on a
    /// pavement, a tree over a street lamp) with the complaint's object still clear. It was added
    /// before the evaluation set was run with it, and kept whatever that showed.
    static let tableSecondAuthor = tableSecondAuthorFirstHalf + "\n" + tableSecondAuthorSecondHalf

    /// The first ten categories' lines (the rest in `ClassifierSeed+SecondAuthorSecondHalf.swift`).
    static let tableSecondAuthorFirstHalf = #"""
        jalan_rusak	jln di depan pasar minggu bolong2 parah, motor gue ampe oleng tiap lewat
        jalan_rusak	Min, jalanan di Jl. Raya Bekasi ancur bgt, kayak kubangan kerbau kalo abis ujan
        jalan_rusak	Mohon perbaikan badan jalan di Jl. Kramat Raya yang mengelupas dan berbatu, sangat membahayakan pengendara roda dua.
        jalan_rusak	ADA LUBANG GEDE DI JALUR CEPAT DEKET HALTE, UDH 2 MINGGU GA DITAMBAL!!
        jalan_rusak	jeglongan di Jl. Bekasi Timur parahhh
        jalan_rusak	jalan depan SDN ambles dikit, skrg makin dalem tiap hari
        jalan_rusak	aspal baru 3 bulan udh ngelupas lg, kerjaan asal2an nih pak
        jalan_rusak	Selamat siang Bapak/Ibu, saya warga Pondok Kelapa ingin melaporkan permukaan Jl. Inspeksi Kalimalang yang naik turun seperti ombak dan banyak batu lepas, beberapa pengendara motor sudah tergelincir terutama malam hari. Mohon segera diperbaiki.
        jalan_rusak	pak tolong liat jalan di RW 05, batu2 kerikil pada lepas, licin bgt
        jalan_rusak	bekas galian kabel ga dirapihin, jalan jadi ada parit kecil melintang, motor pada loncat
        jalan_rusak	coran jalan di gang masjid pecah2 ujungnya, anak2 sering kesandung
        jalan_rusak	jalan rusak di Cakung udh kayak off road min, kapan diperbaiki?
        jalan_rusak	abis banjir kemaren permukaan jalan di Daan Mogot jadi hancur, bolong dimana2
        jalan_rusak	ini jalan apa sawah sih, becek dan berlubang2 semua
        jalan_rusak	Bapak/Ibu, mohon segera ditindaklanjuti jalan retak memanjang di flyover Pesing
        jalan_rusak	gorong2 nya udah beres dibangun tp jalan sebelahnya dibiarin bolong, ban mobil gue pecah
        jalan_rusak	jalan ke arah Stasiun Kranji bopeng semua, sopir angkot juga pada ngeluh
        jalan_rusak	lampu jalan nyala kok, cuma jalannya aja yg ancur, malem2 ga keliatan bolongnya
        jalan_rusak	tambalan jalan lebih tinggi dr jalannya, jadi kayak polisi tidur dadakan
        jalan_rusak	roda gerobak dagangan sampe copot gara2 jalan ancur di depan Pasar Kramat Jati
        jalan_rusak	udah 3x lapor blm ada yg benerin jalan di Kp. Rambutan, kapannn
        jalan_rusak	jalan inspeksi di samping kali pinggirnya udh keropos, ambrol dikit lagi
        jalan_rusak	badan jalannya turun kayak mangkok, air ujan ngumpul di tengah, tolong diratain lg
        jalan_rusak	parah bgt jln Cilincing, truk kontainer bikin jalan pada remuk
        trotoar	ubin kuning buat tunanetra di Jl. Sudirman malah nabrak tiang, gimana sih desainnya
        trotoar	keramik pinggir jalan depan Stasiun Tebet pada copot, ibu gue hampir jatuh
        trotoar	trotoar di jl. Salemba bolong, ada lubang bekas galian ga ditutup
        trotoar	tiap hari gue jalan kaki dari Stasiun Cikini ke kantor, sisi jalannya naik turun kayak main ninja warrior dan ubinnya pecah2, ibu hamil sama lansia pasti kesusahan, tolong dibenerin min
        trotoar	Mohon perbaikan paving block di sisi jalan dekat RS yang sudah terangkat akar.
        trotoar	gimana kursi roda mau lewat kalo tempat jalan kakinya putus2 trus tinggi bgt
        trotoar	tutup got di atas trotoar jebol, kaki bisa kejeblos nih min
        trotoar	motor2 naik ke trotoar buat nyalip macet, tolong pasang bollard dong
        trotoar	jalur tunanetra di Cikini dibongkar buat kabel, udh sebulan blm dibalikin
        trotoar	pejalan kaki terpaksa turun ke jalan raya krn sisi jalan abis dikeruk proyek
        trotoar	tiang reklame bekas berdiri di tengah2 jalur pedestrian, ganggu bgt
        trotoar	ramp buat disabilitas di depan kantor kelurahan pecah ujungnya
        trotoar	pot beton gede ditaro di tengah jalur jalan kaki, orang jadi zig zag
        trotoar	sidewalk di Thamrin bagus, yg di Matraman ancur lebur, tolong diratain
        trotoar	ubin jalan kaki copot2 semua
        trotoar	ada undakan tinggi bgt tiba2 di pinggiran jalan dkt halte, lansia susah naik
        trotoar	guiding block di Jl. Gatsu ketutup tambalan semen
        trotoar	tempat jalan kaki di depan kampus ga pernah kering, keramiknya miring ke dalem jadi ada genangan
        trotoar	jalan buat orang jalan kaki di bawah flyover sempit dan ancur, harus lewat samping mobil
        trotoar	penutup box utilitas di pinggir jalan copot, kabel nongol, bahaya buat anak sekolah
        trotoar	Kepada Yth Bina Marga, mohon dibuatkan akses jalan kaki yang layak di sepanjang Jl. Pramuka
        trotoar	plat besi di trotoar kebuka setengah, bunyi klotak2 dan bikin kesandung
        trotoar	ubin2 pinggir jalan di Rawamangun licin kayak lantai mall, kalo ujan orang kepeleset
        trotoar	paving di depan SD pada ambles, anak2 sering jatoh
        lampu_jalan	gang masjid item bgt tiap malem, tiang lampunya ga nyala udah seminggu
        lampu_jalan	LAMPU JALAN DI JL. BATU CEPER MATI SEMUA, RAWAN BEGAL!!
        lampu_jalan	min tiang lampu depan puskesmas kedip2 terus kayak disko
        lampu_jalan	Mohon perbaikan PJU di Jl. Raya Condet yang padam sejak hari Senin.
        lampu_jalan	sepanjang BKT pas malem gulita, ga keliatan apa2, takut jambret
        lampu_jalan	lampu gang mati lagi min
        lampu_jalan	lampu tiang pinggir jalan nyala siang, mati pas malem, kebalik timernya kayaknya
        lampu_jalan	bukan lampu merahnya yg rusak, tp lampu penerang di atas perempatan Senen, jadi gelap pas nyebrang
        lampu_jalan	tiang lampu di Kalibata miring mau rubuh, kabelnya gelantungan
        lampu_jalan	udh 5 hari lampu2 di kolong flyover padam, jadi tempat orang mabok nongkrong
        lampu_jalan	RT 03 RW 07 butuh penerangan jalan, anak2 pulang ngaji lewat situ
        lampu_jalan	lampu jalan kena tabrak truk, tiangnya ketekuk, bohlamnya ilang
        lampu_jalan	jalur sepeda di Sudirman malem2 ga ada cahaya sama sekali, tolong dicek lampunya
        lampu_jalan	kok lampu di jembatan penyeberangan ga nyala sih, serem lewat situ
        lampu_jalan	lampu mati di sepanjang Jl. Tipar Cakung, kecelakaan mulu
        lampu_jalan	Kabel lampu tiang kayaknya dicuri orang, sekarang satu ruas blackout total
        lampu_jalan	pak, lampu di ujung gang cuma nyala sebelah, yg satu lg pecah kena ketapel
        lampu_jalan	tolong tambahin lampu di jalan tembus ke stasiun, tiap malem kayak jalan ke kuburan
        lampu_jalan	deket halte busway item pekat, penumpang cewek takut nunggu sendirian
        lampu_jalan	tiangnya udah dipasang 2 bulan tp lampunya ga pernah dinyalain
        lampu_jalan	gelap gulita di Jl. Swadaya, lapor RT katanya urusan dinas
        lampu_jalan	tiang lampu berkarat dan bolong bawahnya, keliatan mau ambruk
        lampu_jalan	lampu tamannya nyala kok min, yg padam itu lampu di jalan depannya
        lampu_jalan	Dengan hormat, kami warga RW 08 Kebon Pala melaporkan bahwa lampu-lampu di sepanjang jalan utama kampung kami padam sejak dua minggu lalu sehingga sering terjadi penjambretan. Mohon bantuan perbaikan segera.
        saluran_air	comberan depan rmh pada item dan ga ngalir, bauuu bgt sampe ke dalem
        saluran_air	got di gang H. Naim mampet total, isinya lumpur ama plastik
        saluran_air	parit pinggir jalan penuh endapan tanah, airnya diem aja kayak kolam
        saluran_air	Mohon dilakukan pengerukan saluran di sepanjang Jl. Kebon Kacang.
        saluran_air	tutup beton parit di RT 02 ga bisa dibuka, dalemnya buntu, tolong tim SDA dateng
        saluran_air	air cucian dari rumah2 ga bisa jalan krn kali kecilnya udah dangkal bgt
        saluran_air	gorong2 di bawah jalan ketutup sampah, ujan dikit langsung meluber
        saluran_air	bau dari comberan nyengat tiap sore, jentik juga banyak, tolong dikuras
        saluran_air	lubang resapan di pinggir jalan ketutup aspal pas pengaspalan kemarin, air ga bisa masuk
        saluran_air	selokan depan SD mampet, air item ngendap
        saluran_air	pak, drainase baru dibangun tp kemiringannya salah, air malah balik ke arah rumah warga
        saluran_air	parit samping pasar penuh sisa sayur busuk, alirannya berhenti
        saluran_air	MINN ITU KALI KECIL DI BELAKANG MASJID UDH KAYAK DARATAN, DIKERUK DONGGG
        saluran_air	aliran air di gang ketutupan semen dari renovasi rumah sebelah, sekarang buntu
        saluran_air	tiap ujan depan rumah jadi kolam krn lubang air di pinggir jalan ga berfungsi
        saluran_air	air buangan ga ngalir, udah 2 minggu diem di parit, nyamuk pada pesta
        saluran_air	Sudin SDA tolong cek crossing air di bawah Jl. Mangga Besar, kayaknya tersumbat
        saluran_air	comberan RT 04 ga ngalir
        saluran_air	pak mohon maaf lapor lagi, parit di sepanjang Jl. Cempaka Putih Tengah udah sebulan lebih penuh lumpur sama kotoran setinggi lutut, airnya diem ga ngalir dan bau tiap sore, kapan dikeruk ya
        saluran_air	tolong dikeruk kali cabang kecil dkt Krukut, sedimen numpuk, alirannya seret
        saluran_air	penutup parit pecah jatuh ke dalem, nyangkut ngalangin air
        saluran_air	air bekas mandi warga nggenang di parit depan, ga turun2 dari kemaren
        saluran_air	got depan warteg penuh minyak beku, alirannya ke-blok
        saluran_air	jaring di mulut pipa pembuangan penuh kotoran, air jadi mentok
        banjir	air masuk rumah sepaha di Kampung Melayu, tolong kirim perahu karet
        banjir	Jl. Gunung Sahari sedengkul nih min, motor pada mogok
        banjir	banjir lagi di RW 04 Cipinang, udh 2 hari ga surut
        banjir	air laut naik lagi ke Muara Angke, lantai rumah kerendem tiap pasang
        banjir	underpass Kemayoran penuh air, mobil ga bisa lewat, tolong pompanya dinyalain
        banjir	Mohon bantuan, warga lansia terjebak air setinggi dada di Bidara Cina
        banjir	Kampung Pulo udah sepinggang!!!
        banjir	tanggul di Pluit rembes, air asin udah masuk ke gang2
        banjir	rumah pompa di Kelapa Gading ga jalan ya? air ga turun2
        banjir	genangan di depan halte Cawang udh semata kaki dari tadi pagi
        banjir	min tolong dong, ujan cuma sejam tapi komplek kami di Kelapa Gading langsung jadi danau, mobil2 warga udah kerendem setengah ban, pompa di ujung jalan kayaknya ga nyala, kita harus gimana
        banjir	mobil gue kejebak air sepinggang di Jl. Tomang, mesin mati
        banjir	Ciliwung naik cepet, warga bantaran minta peringatan dini
        banjir	rob di Penjaringan makin parah, tembok pada lumutan
        banjir	air ujan campur air got masuk sampe ruang tamu, tolong disedot pake pompa
        banjir	jalan depan sekolah tergenang terus abis ujan, anak2 basah sampe lutut
        banjir	POMPA MOBILE MANA?? AIR UDH SEPERUT DI RAWAJATI!!
        banjir	pengungsi di masjid kekurangan selimut, air masih tinggi di RT 09
        banjir	air luber dari kali ke permukiman, tolong buka pintu air
        banjir	tol dalam kota arah Grogol terendam, kendaraan pada puter balik
        banjir	bukan got mampet min, ini air kiriman, rumah udh terendam semeter
        banjir	TJ ga bisa lewat, Jl. Daan Mogot udah kayak kolam renang
        banjir	air menggenang terus di perempatan Cempaka Mas walau ujan udah berhenti dari subuh
        banjir	kebanjiran tiap tahun, kapan normalisasi kalinya beres?
        sampah	kantong kresek numpuk di ujung gang udah 4 hari ga diangkut, baunya kemana2
        sampah	truk angkut dari kelurahan kagak dateng2 seminggu
        sampah	ada yg buang kasur bekas ama lemari rusak di pinggir kali, tolong diangkut
        sampah	tumpukan sampah di bawah flyover Pasar Rebo makin tinggi, udh kayak bukit
        sampah	Mohon penambahan jadwal pengangkutan di depo Jl. Percetakan Negara, selalu penuh.
        sampah	Yth. Dinas LH, setiap malam ada pengendara motor yang melempar kantong berisi buangan rumah tangga ke lahan kosong di samping rumah kami, sekarang sudah menggunung dan mengundang tikus. Mohon dibersihkan dan dipasang larangan.
        sampah	bak sampah di depan sekolah pecah, isinya berserakan dimakan kucing
        sampah	sisa jualan pasar malem ditinggal gitu aja, kardus dan plastik berhamburan tiap minggu
        sampah	petugas kebersihan udh ga nyapu jalan sini sebulan, daun kering ama plastik numpuk
        sampah	puing bongkaran rumah dibuang di pinggir Jl. Raya Bogor, ga ada yg angkut
        sampah	kali depan rmh penuh stirofoam ama botol plastik, airnya ga keliatan, tolong diangkat
        sampah	TPS di Pulo Gebang meluber ke jalan, truk jadi susah lewat
        sampah	bangkai kucing di pinggir jalan udh 2 hari, tolong diambil petugas
        sampah	KENAPA TONG2 DI TAMAN GA PERNAH DIKOSONGIN?? LALER DIMANA2
        sampah	gerobak petugas yg udah penuh dibiarin parkir di gang, bau nya minta ampun
        sampah	orang buang sampah dari atas jembatan ke kali tiap pagi, tolong pasang CCTV
        sampah	karung isi limbah dapur ditumpuk di samping musholla, dirubung belatung
        sampah	di pinggir tol ada pembuangan liar, truk2 kecil dateng malem2 buang muatan
        sampah	bau sampah dari lahan di RW 08 nyebar sampe masjid, jamaah pada ngeluh
        sampah	tempat penampungan sementara di pasar udah 3 hari ga diangkut, tolong dinas LH
        sampah	abis car free day bungkus makanan di Sudirman berantakan bgt
        sampah	gang kami kotor bgt, ga pernah disapu
        sampah	Mohon disediakan tong pilah di RPTRA kami, warga bingung mau dibuang kemana
        sampah	popok bayi bekas dibuang di pinggir lapangan, dikerubutin lalat, tolong diangkut
        pencemaran	pabrik tahu di gang sebelah buang air sisa produksi ke kali, airnya jadi keruh dan bau
        pencemaran	Cerobong pabrik di Cakung ngebul item tiap subuh, anak2 batuk2
        pencemaran	ada yg bakar kabel di lahan kosong tiap malem, baunya bikin pusing
        pencemaran	asap bakaran sampah dari rmh sebelah masuk kamar bayi gue, tolong ditegur
        pencemaran	air kali Cideng item pekat dan ada busanya, ikan pada mati ngambang
        pencemaran	bengkel buang oli bekas ke parit, tanahnya sampe hitam berminyak
        pencemaran	peleburan aki bekas di RT 11, warga khawatir timbal, tolong diperiksa DLH
        pencemaran	limbah cair rumah sakit diduga dibuang ke saluran warga
        pencemaran	debu dari stockpile batubara di Marunda nempel di mana2, jemuran jadi item
        pencemaran	kualitas udara parah bgt minggu ini, bisa ga pabrik2 di sekitar dicek emisinya
        pencemaran	sudah hampir setahun warga RT 06 Pulogadung mencium bau kimia menyengat seperti cat dan tiner setiap sore dari pabrik di seberang kali, banyak anak mual dan pusing. Mohon DLH mengukur kualitas udaranya.
        pencemaran	kali hitam di belakang perumahan makin parah, tolong diuji airnya
        pencemaran	Mohon tindak lanjut terkait pencemaran sungai oleh usaha pencucian jeans.
        pencemaran	bus2 tua ngebul item di Jl. Pemuda, tolong uji emisi, sesek napas
        pencemaran	laundry kiloan buang busa detergen ke jalan, ngalir sampe ke kali
        pencemaran	kali Sunter berbusa lagi
        pencemaran	tempat pembakaran sampah medis di belakang klinik asapnya item, warga sesak
        pencemaran	kandang ayam potong di tengah permukiman, bau kotorannya nyengat sampe radius 200 m
        pencemaran	minyak ngambang di laut Muara Baru, nelayan ngeluh jaringnya kotor
        pencemaran	pabrik arang bikin udara di kampung kami kayak kabut tiap hari
        pencemaran	abu beterbangan dari peleburan logam, mobil jadi kotor dalam sehari
        pencemaran	air sumur warga bau bensin sejak ada SPBU baru, tolong dicek tangkinya bocor apa ngga
        pencemaran	bau busuk dari saluran pembuangan pabrik ikan, udh sebulan warga nahan napas
        pencemaran	Mohon DLH cek sungai di Kapuk, airnya merah pekat diduga dari pewarnaan tekstil
        pohon	angsana gede di Jl. Kartini tumbang nutup jalan, mobil ga bisa lewat
        pohon	beringin depan masjid cabangnya udah retak, takut jatuh ke jamaah
        pohon	tolong dipotong ranting yg nyangkut di kabel listrik depan SD
        pohon	mau lapor ada mahoni tua di Jl. Bangka yg udah miring bgt ke arah rumah warga, akarnya keangkat dan tanahnya retak, kalo ujan angin kenceng kami sekeluarga ga berani tidur di kamar depan
        pohon	batang kayu gede ambruk nimpa motor di Jl. Hang Tuah, tolong dievakuasi
        pohon	daun2 trembesi nutupin lampu jalan, jadi gelap, mohon dirapikan cabangnya
        pohon	Mohon pemangkasan pohon di sepanjang Jl. Pangeran Antasari sebelum musim angin.
        pohon	POHON TUMBANG DI KEMANG, ARAH AMPERA TOTAL STUCK!!!
        pohon	ketapang di sekolah anak gue udah lapuk dalemnya, kalo angin kenceng goyang2
        pohon	cabang besar kering gelantungan di atas halte, penumpang was-was
        pohon	akar beringin ngangkat ubin trotoar, tolong ditangani pohonnya biar ga makin parah
        pohon	kayu tumbang dari semalem masih tergeletak di pinggir kali, belum diangkut
        pohon	tajuk tanjung kegedean sampe ke atap, daunnya bikin talang mampet
        pohon	tolong tebang sisa batang yg mati berdiri di taman RW, udah kering kerontang
        pohon	glodokan median condong min
        pohon	tadi sore ada yg ketiban dahan pas lewat Jl. Cikini, mohon dicek yg lain
        pohon	tiang listrik ketimpa batang waru yg ambruk, kabel kendor
        pohon	dahan2 nyentuh kabel PLN, tiap ujan ada percikan
        pohon	Mohon perapian tajuk flamboyan di depan kantor kecamatan, sudah menutupi rambu.
        pohon	sengon di lahan fasum udh tinggi bgt dan rapuh, kalo rubuh kena 5 rumah
        pohon	ada cabang patah nyangkut di atas jalan Otista, tinggal nunggu jatuh aja
        pohon	ulet bulu dari ketapang masuk rumah, minta dirapihin aja lah cabangnya
        pohon	pohon kelapa di pinggir jalan buahnya sering jatuh ke motor yg lewat
        pohon	tunggul bekas tebangan di tengah jalan setapak ga diangkat, bikin kesandung
        taman	ayunan di tempat main anak deket rumah rantainya putus, anak gue hampir jatuh
        taman	perosotan di RPTRA Kalijodo retak dan tajem pinggirnya
        taman	toilet di Tebet Eco Park kotor dan airnya ga ngalir, mohon diperbaiki
        taman	Mohon perhatian Dinas Pertamanan, rumput di lapangan warga RW 10 sudah setinggi pinggang dan banyak ular, bangku serta lampu area bermain juga rusak sejak awal tahun. Anak-anak sudah tidak bisa bermain di sana.
        taman	bangku2 di Lapangan Banteng pada patah
        taman	air mancur di alun2 udh mati berbulan2, airnya ijo berlumut
        taman	Mohon penambahan lampu di area jogging track Hutan Kota, malam hari sangat gelap.
        taman	taman di pojok RW 02 dijadiin tempat naro motor, tanamannya mati semua
        taman	kolam di tengah ruang hijau kota keruh, ikan2nya mati, kayaknya pompanya rusak
        taman	pagar pembatas tempat main anak bolong, bocah bisa keluar ke jalan raya
        taman	jalur refleksi batu di taman kota udh pada copot batunya
        taman	gazebo di ruang terbuka hijau Jl. Kramat atapnya bocor
        taman	pengelola RPTRA sering telat buka, anak2 nungguin di depan gerbang
        taman	alat fitness Kalijodo karatan semua
        taman	lantai lapangan futsal umum samping kelurahan mengelupas, bisa bikin cedera
        taman	rumput sintetis di lapangan bola RW sobek2, mohon diganti
        taman	kerannya dicabut orang di tempat cuci tangan dkt arena bermain, tolong dipasang lagi
        taman	jalan setapak di dalam ruang hijau Menteng pada pecah, kursi roda ga bisa masuk
        taman	Hutan Kota Srengseng banyak coretan di papan nama & pos jaga, tolong dicat ulang
        taman	tanaman hias di median jalan pada kering, gak pernah disiram
        taman	bak pasir main anak penuh kotoran kucing, tolong ganti pasirnya
        taman	Mohon dibangun RTH di kelurahan kami, anak-anak tidak punya tempat bermain.
        taman	lampu2 hias di taman Suropati pada pecah, malem jadi sepi
        taman	jungkat-jungkit di ruang bermain ramah anak patah satu sisi, bahaya
        parkir_liar	mobil2 nginep di pinggir Kelapa Gading Boulevard, jalan jadi tinggal satu lajur
        parkir_liar	tukang parkir dadakan di minimarket minta 5rb, padahal tulisannya gratis
        parkir_liar	Mohon penertiban kendaraan yang parkir di badan jalan depan Pasar Tanah Abang.
        parkir_liar	ojol pada nongkrong di pinggir jalan depan stasiun, angkot ga bisa minggir
        parkir_liar	mobil parkir di atas trotoar Cikini, orang jalan kaki harus turun ke jalan
        parkir_liar	jukir liar di depan RS minta bayaran, mohon ditertibkan Dishub
        parkir_liar	truk kontainer ngetem di pinggir jalan Cilincing berhari2, jalan jadi sempit
        parkir_liar	showroom mobil bekas majang dagangannya di bahu jalan
        parkir_liar	parkir liar di depan sekolah tiap jam jemput, macet total
        parkir_liar	ada yg markir mobil ngalangin garasi warga tiap hari, tolong diderek
        parkir_liar	depan kafe di Senopati motor2 dijejerin sampe setengah jalan
        parkir_liar	halte dijadiin tempat naro motor, penumpang TJ ga bisa masuk
        parkir_liar	juru parkir di Blok M minta 10rb buat motor, ga ada karcis
        parkir_liar	bus pariwisata parkir sembarangan di Jl. Juanda, nutup jalur
        parkir_liar	tolong derek mobil yg udah sebulan dibiarin di pinggir gang, bannya sampe kempes
        parkir_liar	motor2 berhenti di jalur sepeda Sudirman, pesepeda harus ke jalan mobil
        parkir_liar	PAK DISHUB TIAP MALEM MINGGU MOBIL PENGUNJUNG BERJEJER DI 2 SISI JALAN, AMBULAN GA BISA LEWAT
        parkir_liar	rambu dilarang parkir ada tp mobil tetep aja berjejer di bawahnya
        parkir_liar	parkir di bahu jalan tol dalam kota buat beli kopi keliling, bahaya
        parkir_liar	bengkel naro motor di jalan
        parkir_liar	orang kantor sebelah naro mobil di atas rumput fasum, tanamannya mati ketindes
        parkir_liar	pengunjung pasar malem naro motor di mulut gang, warga susah keluar
        parkir_liar	Selamat sore, di sekitar Pasar Santa tiap akhir pekan ada orang berompi tidak resmi mengatur mobil di kedua sisi jalan dan memungut uang tanpa karcis, jalan jadi menyempit dan mikro tidak bisa lewat. Mohon ditertibkan.
        parkir_liar	mobil boks bongkar muat di jalur busway tiap pagi, lama bgt berhentinya
        """#
}
