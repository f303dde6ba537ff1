extension ClassifierSeed {
    /// A fourth batch (category<TAB>message, one a line), written for issue 18 in its last round from
    /// the misroutes of a five-fold cross-validation on the first three batches alone
    /// (`aspirasi classifier crossvalidate --show`), not from the evaluation set. Each pair of lines
    /// teaches which word decides between two agencies that share a scene: rain and a broken road,
    /// rubbish in a park, smoke from burning, a hawker on a drain or a pavement, a building on the
    /// pavement, children selling at a traffic light, the fire brigade's rescues of animals, a stagnant
    /// drain and pollution, a dead tree, a mirror at a bend, banners on a tree. Its writer had seen the
    /// evaluation set's misroutes as `make eval-classifier` lists them; lines that came out close to
    /// one of those in event (a park turned car park, a hawker over a drain, larvae in a drain, a
    /// neighbour burning rubbish, a park's lamps, a trapped cat) were taken out again.
    static let tableConfusions = #"""
        jalan_rusak	habis ujan gede aspal di depan sekolah jadi bolong2 dalem
        jalan_rusak	jalan amblas pas musim hujan, bekas galian ga ditutup bener
        banjir	hujan sejam aja jalan depan komplek udah kayak sungai, mobil mogok
        banjir	air naik sampe lutut di permukiman, warga ngungsi ke masjid
        sampah	tong sampah di taman kota penuh dan ga pernah diangkut petugas
        sampah	sampah berserakan di pinggir jalan, truk sampah ga lewat seminggu
        taman	bangku taman patah dan ayunan anak2 karatan, bahaya buat main
        taman	rumput taman rptra udah tinggi, ga pernah dirawat
        pencemaran	warga bakar kabel bekas buat diambil tembaganya, asapnya beracun
        pencemaran	pabrik buang asap hitam tiap malam, baunya nyengat
        kebakaran	rumah warga terbakar, api sudah besar, tolong kirim damkar
        kebakaran	korsleting listrik di gardu, keluar api dan percikan
        kebakaran	sarang tawon gede di plafon rumah, anak saya disengat
        kebakaran	biawak masuk dapur warga, tolong dievakuasi
        kebakaran	cincin nyangkut di jari ga bisa dilepas, minta bantuan damkar
        pohon	pohon besar di pinggir jalan udah kering dan mati, takut roboh
        pohon	dahan pohon patah nyangkut di kabel, tolong dipotong
        pkl	gerobak pedagang nutup jalan masuk gang tiap sore
        pkl	warung tenda pedagang berdiri di trotoar dan bikin bangunan semi permanen
        pkl	pedagang kaki lima menjamur di depan stasiun, pejalan kaki susah lewat
        trotoar	trotoar retak dan amblas, kaki kejeblos
        trotoar	motor parkir di atas trotoar, pejalan kaki turun ke jalan
        bangunan	ruko direnovasi sampai nutup trotoar, tanpa izin pbg
        bangunan	proyek gedung tinggi ga pasang jaring pengaman, material jatuh ke jalan
        bangunan	rumah ditingkat tiga lantai tanpa izin, miring ke rumah tetangga
        pmks	anak kecil jualan tisu dan ngamen di perempatan sampai malam
        pmks	pengemis bawa bayi minta2 di lampu merah tiap hari
        lalu_lintas	lampu merah di perempatan mati, kendaraan saling serobot
        lalu_lintas	cermin cembung di tikungan tajam pecah, ga keliatan kendaraan dari depan
        lalu_lintas	rambu dilarang parkir ketutup dahan, pengendara ga liat
        saluran_air	air di got hitam ga ngalir, baunya sampai ke dalam rumah
        saluran_air	got mampet jadi air tumpah ke jalan tiap hujan
        pencemaran	kali dekat rumah airnya hitam pekat kena limbah pabrik
        ketertiban	spanduk liar dipaku di pohon sepanjang jalan
        ketertiban	ormas pasang bendera dan baliho sembarangan tanpa izin
        ketertiban	balap liar tiap malam minggu di jalan raya, berisik dan bahaya
        parkir_liar	mobil parkir di bahu jalan depan rumah makan, jalan jadi sempit
        parkir_liar	jukir liar narik uang parkir di depan minimarket
        angkutan_umum	bus transjakarta telat terus, halte penuh sesak
        angkutan_umum	angkot ngetem lama di depan pasar bikin macet
        kesehatan	banyak warga kena dbd, minta fogging di rt kami
        kesehatan	puskesmas kelurahan tutup padahal jam buka
        """#
}
