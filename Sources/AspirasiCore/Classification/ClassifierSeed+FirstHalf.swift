extension ClassifierSeed {
    /// The seed's messages for the first half of the categories, jalan_rusak to pmks (category<TAB>message, one a line).
    static let tableFirstHalf = #"""
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
        """#
}
