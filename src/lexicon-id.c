/*
 * lexicon-id.c - the Indonesian lexicon (lexicon.h): every word list the
 * checks, the quote reader and the language guess use for Indonesian.
 * Each list is sorted as lexicon_compare sorts (tests/test-lexicon.c
 * checks it): add a word in its place.
 */
#include "lexicon.h"

/* An entry: a word; a word and its value; a word, its value and flags. */
#define W(w) { .word = (w) }
#define V(w, v) { .word = (w), .value = (v) }
#define F(w, v, f) { .word = (w), .value = (v), .flags = (f) }
#define LIST(a) { .entries = (a), .count = sizeof (a) / sizeof (a)[0] }

/* Weekday names: "minggu" is also the word for a week, so it is read only capitalized. */
static const struct lexicon_entry weekdays[] = {
	V("Ahad", 0), V("Jum'at", 5), V("Jumaat", 5), V("Jumat", 5), V("Jum\342\200\231at", 5),
	V("Kamis", 4), F("Minggu", 0, LEXICON_NOT_LOWER), V("Rabu", 3), V("Sabtu", 6),
	V("Selasa", 2), V("Senin", 1),
};

/* Month names, old spellings and abbreviations. */
static const struct lexicon_entry months[] = {
	F("Ags", 8, LEXICON_ABBREVIATION), F("Agt", 8, LEXICON_ABBREVIATION),
	F("Agu", 8, LEXICON_ABBREVIATION), F("Agust", 8, LEXICON_ABBREVIATION),
	V("Agustus", 8), V("April", 4), F("Des", 12, LEXICON_ABBREVIATION), V("Desember", 12),
	V("Februari", 2), V("Januari", 1), V("Juli", 7), V("Juni", 6), V("Maret", 3),
	V("Mei", 5), F("Nop", 11, LEXICON_ABBREVIATION), V("Nopember", 11), V("November", 11),
	F("Okt", 10, LEXICON_ABBREVIATION), V("Oktober", 10),
	F("Peb", 2, LEXICON_ABBREVIATION), V("Pebruari", 2), V("September", 9),
};

/* Words that count what follows: "dua minggu" is two weeks. */
static const struct lexicon_entry count_words[] = {
	W("beberapa"), W("belas"), W("berapa"), W("delapan"), W("dua"), W("empat"), W("enam"),
	W("lima"), W("puluh"), W("satu"), W("sebelas"), W("sejumlah"), W("sembilan"),
	W("sepuluh"), W("tiga"), W("tujuh"),
};

/* Words before a weekday alone that make it no one day. */
static const struct lexicon_entry relative_before[] = {
	W("saban"), W("setiap"), W("tiap"),
};

/* Words after a weekday that make it relative ("Jumat lalu"), or "minggu" a week. */
static const struct lexicon_entry relative_after[] = {
	W("berikutnya"), W("depan"), W("ini"), W("itu"), W("kedua"), W("keempat"),
	W("kemarin"), W("ketiga"), W("lalu"), W("mendatang"), W("minggu"), W("nanti"),
	W("pekan"), W("pertama"), W("sebelumnya"), W("terakhir"),
};

/* Words between a weekday and its date: a time of day, "tanggal". */
static const struct lexicon_entry date_fillers[] = {
	W("dini"), W("hari"), W("malam"), W("pagi"), W("petang"), W("siang"), W("sore"),
	W("subuh"), W("tanggal"), W("tgl"),
};

/* Words that join weekdays into a list or a range. */
static const struct lexicon_entry connectors[] = {
	W("atau"), W("dan"), W("dengan"), W("hingga"), W("sampai"), W("sd"),
};

/* Titles, offices and honorifics before a name, with or without a dot;
 * LEXICON_ROLE when they say who someone is ("Pak" does not). */
static const struct lexicon_entry titles[] = {
	F("Aiptu", 0, LEXICON_ROLE), F("AKBP", 0, LEXICON_ROLE), F("AKP", 0, LEXICON_ROLE),
	F("Babinsa", 0, LEXICON_ROLE), W("Bapak"), F("Bhabinkamtibmas", 0, LEXICON_ROLE),
	F("Bicara", 0, LEXICON_ROLE), W("Bpk"), F("Brigjen", 0, LEXICON_ROLE),
	F("Bripka", 0, LEXICON_ROLE), W("Bu"), F("Bupati", 0, LEXICON_ROLE),
	F("Camat", 0, LEXICON_ROLE), F("Dandim", 0, LEXICON_ROLE),
	F("Dankormar", 0, LEXICON_ROLE), F("Danlanal", 0, LEXICON_ROLE),
	F("Danlantamal", 0, LEXICON_ROLE), F("Danramil", 0, LEXICON_ROLE),
	F("Danrem", 0, LEXICON_ROLE), F("Dansat", 0, LEXICON_ROLE),
	F("Dekan", 0, LEXICON_ROLE), F("Direktur", 0, LEXICON_ROLE),
	F("Dirjen", 0, LEXICON_ROLE), F("Dirlantas", 0, LEXICON_ROLE),
	F("Dirreskrimsus", 0, LEXICON_ROLE), F("Dirreskrimum", 0, LEXICON_ROLE),
	F("Dirresnarkoba", 0, LEXICON_ROLE), F("Dirut", 0, LEXICON_ROLE), W("Drs"),
	F("Duta", 0, LEXICON_ROLE), F("Gubernur", 0, LEXICON_ROLE), W("Haji"),
	F("Hakim", 0, LEXICON_ROLE), W("Hj"), W("Ibu"), F("Ipda", 0, LEXICON_ROLE),
	F("Iptu", 0, LEXICON_ROLE), W("Ir"), F("Irjen", 0, LEXICON_ROLE),
	F("Irwasum", 0, LEXICON_ROLE), F("Jaksa", 0, LEXICON_ROLE),
	F("Jenderal", 0, LEXICON_ROLE), F("Jubir", 0, LEXICON_ROLE),
	F("Juru", 0, LEXICON_ROLE), F("Kabag", 0, LEXICON_ROLE),
	F("Kabaharkam", 0, LEXICON_ROLE), F("Kabareskrim", 0, LEXICON_ROLE),
	F("Kabid", 0, LEXICON_ROLE), F("Kades", 0, LEXICON_ROLE),
	F("Kadinkes", 0, LEXICON_ROLE), F("Kadis", 0, LEXICON_ROLE),
	F("Kadishub", 0, LEXICON_ROLE), F("Kadiv", 0, LEXICON_ROLE),
	F("Kadivhumas", 0, LEXICON_ROLE), F("Kaisar", 0, LEXICON_ROLE),
	F("Kajari", 0, LEXICON_ROLE), F("Kajati", 0, LEXICON_ROLE),
	F("Kakanwil", 0, LEXICON_ROLE), F("Kakorlantas", 0, LEXICON_ROLE),
	F("Kalapas", 0, LEXICON_ROLE), F("Kanit", 0, LEXICON_ROLE),
	F("Kanselir", 0, LEXICON_ROLE), F("Kanwil", 0, LEXICON_ROLE),
	F("Kapendam", 0, LEXICON_ROLE), F("Kapolda", 0, LEXICON_ROLE),
	F("Kapolres", 0, LEXICON_ROLE), F("Kapolresta", 0, LEXICON_ROLE),
	F("Kapolrestabes", 0, LEXICON_ROLE), F("Kapolri", 0, LEXICON_ROLE),
	F("Kapolsek", 0, LEXICON_ROLE), F("Kapten", 0, LEXICON_ROLE),
	F("Kapuspen", 0, LEXICON_ROLE), F("Kapuspenkum", 0, LEXICON_ROLE),
	F("Karopenmas", 0, LEXICON_ROLE), F("Kasad", 0, LEXICON_ROLE),
	F("Kasal", 0, LEXICON_ROLE), F("Kasat", 0, LEXICON_ROLE),
	F("Kasatlantas", 0, LEXICON_ROLE), F("Kasatreskrim", 0, LEXICON_ROLE),
	F("Kasau", 0, LEXICON_ROLE), F("Kasdam", 0, LEXICON_ROLE),
	F("Kasdim", 0, LEXICON_ROLE), F("Kasipenkum", 0, LEXICON_ROLE),
	F("Kasubag", 0, LEXICON_ROLE), F("Kasubbag", 0, LEXICON_ROLE),
	F("Kasubdit", 0, LEXICON_ROLE), F("Kepala", 0, LEXICON_ROLE),
	F("Kepsek", 0, LEXICON_ROLE), F("Ketua", 0, LEXICON_ROLE),
	F("Kolonel", 0, LEXICON_ROLE), F("Kombes", 0, LEXICON_ROLE),
	F("Komisaris", 0, LEXICON_ROLE), F("Komjen", 0, LEXICON_ROLE),
	F("Kompol", 0, LEXICON_ROLE), F("Laksamana", 0, LEXICON_ROLE),
	F("Laksda", 0, LEXICON_ROLE), F("Letjen", 0, LEXICON_ROLE),
	F("Letnan", 0, LEXICON_ROLE), F("Lurah", 0, LEXICON_ROLE),
	F("Marsda", 0, LEXICON_ROLE), F("Marsekal", 0, LEXICON_ROLE),
	F("Mayjen", 0, LEXICON_ROLE), W("Mbak"), F("Menag", 0, LEXICON_ROLE),
	F("Menaker", 0, LEXICON_ROLE), F("Mendag", 0, LEXICON_ROLE),
	F("Mendagri", 0, LEXICON_ROLE), F("Mendikbud", 0, LEXICON_ROLE),
	F("Menhan", 0, LEXICON_ROLE), F("Menhub", 0, LEXICON_ROLE),
	F("Menkes", 0, LEXICON_ROLE), F("Menkeu", 0, LEXICON_ROLE),
	F("Menko", 0, LEXICON_ROLE), F("Menkumham", 0, LEXICON_ROLE),
	F("Menlu", 0, LEXICON_ROLE), F("Menpan", 0, LEXICON_ROLE),
	F("Menparekraf", 0, LEXICON_ROLE), F("Menperin", 0, LEXICON_ROLE),
	F("Menpora", 0, LEXICON_ROLE), F("Mensos", 0, LEXICON_ROLE),
	F("Mentan", 0, LEXICON_ROLE), F("Menteri", 0, LEXICON_ROLE), W("Nyonya"), W("Pak"),
	F("Pangdam", 0, LEXICON_ROLE), F("Pangeran", 0, LEXICON_ROLE),
	F("Pangkoarmada", 0, LEXICON_ROLE), F("Pangkostrad", 0, LEXICON_ROLE),
	F("Panglima", 0, LEXICON_ROLE), F("Paus", 0, LEXICON_ROLE),
	F("Perdana", 0, LEXICON_ROLE), F("Pj", 0, LEXICON_ROLE), F("Plh", 0, LEXICON_ROLE),
	F("Plt", 0, LEXICON_ROLE), F("Presiden", 0, LEXICON_ROLE), F("Raja", 0, LEXICON_ROLE),
	F("Ratu", 0, LEXICON_ROLE), F("Rektor", 0, LEXICON_ROLE), W("Saudara"), W("Sdr"),
	F("Sekda", 0, LEXICON_ROLE), F("Sekjen", 0, LEXICON_ROLE),
	F("Sekretaris", 0, LEXICON_ROLE), F("Sesjen", 0, LEXICON_ROLE), W("Tuan"),
	F("Wabup", 0, LEXICON_ROLE), F("Wagub", 0, LEXICON_ROLE),
	F("Wakapolda", 0, LEXICON_ROLE), F("Wakapolri", 0, LEXICON_ROLE),
	F("Wakil", 0, LEXICON_ROLE), F("Wali", 0, LEXICON_ROLE),
	F("Walikota", 0, LEXICON_ROLE), F("Wamen", 0, LEXICON_ROLE),
	F("Wamenkeu", 0, LEXICON_ROLE), F("Wapres", 0, LEXICON_ROLE),
	F("Wawali", 0, LEXICON_ROLE),
};

/* Abbreviated honorifics left out before a speaker's name. */
static const struct lexicon_entry honorifics[] = {
	W("Bpk"), W("Hj"), W("Ir"), W("Jend"), W("Kol"), W("Sdr"),
};

/* Attribution verbs before the speaker, or before -nya: "kata Yoon",
 * "katanya". */
static const struct lexicon_entry verbs_before[] = {
	W("imbuh"), W("jelas"), W("kata"), W("lanjut"), W("papar"), W("pungkas"), W("sambung"),
	W("sebut"), W("tambah"), W("tanya"), W("tegas"), W("terang"), W("tukas"), W("tutur"),
	W("ucap"), W("ujar"), W("ungkap"),
};

/* Attribution verbs after the speaker: "Yoon mengatakan". */
static const struct lexicon_entry verbs_after[] = {
	W("berkata"), W("menambahkan"), W("menegaskan"), W("mengatakan"), W("mengucapkan"),
	W("mengungkapkan"), W("menjelaskan"), W("menuturkan"), W("menyatakan"),
	W("menyebutkan"),
};

/* Words before a source: "menurut Yoon". */
static const struct lexicon_entry sources[] = {
	W("menurut"),
};

/* Pronouns that stand for the last named speaker. */
static const struct lexicon_entry pronouns[] = {
	W("beliau"), W("dia"), W("ia"), W("mereka"),
};

/* Determiners and other pronouns: never a word of a name. */
static const struct lexicon_entry determiners[] = {
	W("aku"), W("anda"), W("ini"), W("itu"), W("kami"), W("kamu"), W("kita"), W("para"),
	W("saya"),
};

/* Prepositions that end a speaker's role: a place or an audience follows. */
static const struct lexicon_entry prepositions[] = {
	W("dalam"), W("dari"), W("dengan"), W("di"), W("ke"), W("kepada"), W("oleh"),
	W("pada"), W("untuk"),
};

/* Lowercase words that join the parts of a name: "Siti binti Ahmad". */
static const struct lexicon_entry particles[] = {
	W("bin"), W("binti"),
};

/* Capitalized words that name no person: function words that begin
 * sentences, people in general ("Warga"). */
static const struct lexicon_entry non_names[] = {
	W("Ada"), W("Adapun"), W("Agar"), W("Akan"), W("Akhirnya"), W("Aku"), W("Analis"),
	W("Anda"), W("Antara"), W("Apa"), W("Apabila"), W("Apalagi"), W("Aparat"), W("Atas"),
	W("Atau"), W("Bagaimana"), W("Bagi"), W("Bahkan"), W("Bahwa"), W("Banyak"),
	W("Beberapa"), W("Begitu"), W("Belum"), W("Berdasarkan"), W("Besok"), W("Bila"),
	W("Bukan"), W("Bulan"), W("Buruh"), W("Dan"), W("Dari"), W("Demikian"), W("Dengan"),
	W("Di"), W("Dokter"), W("Eks"), W("Guru"), W("Hal"), W("Hanya"), W("Hari"),
	W("Hingga"), W("Ini"), W("Itu"), W("Jika"), W("Juga"), W("Justru"), W("Kalau"),
	W("Kami"), W("Kamu"), W("Kapan"), W("Karena"), W("Ke"), W("Keluarga"), W("Kemarin"),
	W("Kemudian"), W("Ketika"), W("Kini"), W("Kita"), W("Korban"), W("Lalu"), W("Lebih"),
	W("Lusa"), W("Mahasiswa"), W("Maka"), W("Malam"), W("Mantan"), W("Masih"),
	W("Masyarakat"), W("Melalui"), W("Mengapa"), W("Meski"), W("Meskipun"), W("Namun"),
	W("Nelayan"), W("Oleh"), W("Orang"), W("Pada"), W("Pagi"), W("Para"), W("Pasukan"),
	W("Pedagang"), W("Pejabat"), W("Pekan"), W("Peneliti"), W("Pengamat"), W("Penumpang"),
	W("Petani"), W("Petugas"), W("Pihak"), W("Polisi"), W("Pun"), W("Relawan"), W("Saat"),
	W("Salah"), W("Sampai"), W("Saya"), W("Sebab"), W("Sebagai"), W("Sebaliknya"),
	W("Sebelum"), W("Sebelumnya"), W("Sebuah"), W("Sedangkan"), W("Sejak"), W("Sejumlah"),
	W("Sekarang"), W("Sekitar"), W("Selain"), W("Selama"), W("Selanjutnya"), W("Seluruh"),
	W("Semalam"), W("Sementara"), W("Semua"), W("Seorang"), W("Sesudah"), W("Setelah"),
	W("Setiap"), W("Setidaknya"), W("Siang"), W("Siapa"), W("Siswa"), W("Sore"),
	W("Sudah"), W("Sumber"), W("Supaya"), W("Tadi"), W("Tahun"), W("Tak"), W("Tapi"),
	W("Telah"), W("Tentang"), W("Terkait"), W("Termasuk"), W("Tetapi"), W("Tidak"),
	W("Tim"), W("Untuk"), W("Usai"), W("Walaupun"), W("Warga"), W("Yang"),
};

/* Words of the names of places, peoples and bodies as Indonesian spells
 * them: never a person. */
static const struct lexicon_entry proper_nouns[] = {
	W("Aceh"), W("Afganistan"), W("Afrika"), W("Aljazair"), W("Amerika"), W("Angkatan"),
	W("Argentina"), W("Austria"), W("Azerbaijan"), W("Badan"), W("Bahrain"), W("Bali"),
	W("Bandung"), W("Bangladesh"), W("Bangsa"), W("Bapenda"), W("Bappeda"), W("Bappenas"),
	W("Barat"), W("Bareskrim"), W("Basarnas"), W("Belanda"), W("Belarus"), W("Belgia"),
	W("Bolivia"), W("Bosnia"), W("Brasil"), W("Brimob"), W("Brunei"), W("Brussel"),
	W("Bulgaria"), W("Chili"), W("Cina"), W("Dalam"), W("Damaskus"), W("Denmark"),
	W("Densus"), W("Departemen"), W("Desa"), W("Dewan"), W("Dinkes"), W("Dinsos"),
	W("Disdik"), W("Dishub"), W("Diskominfo"), W("Dispenda"), W("Ditjen"), W("Ditlantas"),
	W("Ditreskrimsus"), W("Ditreskrimum"), W("Ditresnarkoba"), W("Dusun"), W("Ekuador"),
	W("Eropa"), W("Estonia"), W("Etiopia"), W("Fiji"), W("Filipina"), W("Finlandia"),
	W("Garuda"), W("Gedung"), W("Georgia"), W("Ghana"), W("Gojek"), W("Guatemala"),
	W("Gunung"), W("Haiti"), W("Hizbullah"), W("Honduras"), W("Hongaria"), W("Indonesia"),
	W("Inggris"), W("Internasional"), W("Irak"), W("Irlandia"), W("Islandia"), W("Istana"),
	W("Italia"), W("Jakarta"), W("Jalan"), W("Jawa"), W("Jepang"), W("Jerman"),
	W("Kabupaten"), W("Kairo"), W("Kalimantan"), W("Kamboja"), W("Kamerun"), W("Kampung"),
	W("Kanada"), W("Kantor"), W("Kanwil"), W("Katolik"), W("Kazakhstan"), W("Keamanan"),
	W("Kecamatan"), W("Kejagung"), W("Kejaksaan"), W("Kejari"), W("Kejati"),
	W("Kelurahan"), W("Kemantren"), W("Kemenag"), W("Kemenaker"), W("Kemendag"),
	W("Kemendagri"), W("Kemendes"), W("Kemendikbud"), W("Kemendukbangga"), W("Kemenhan"),
	W("Kemenhub"), W("Kemenkes"), W("Kemenkeu"), W("Kemenko"), W("Kemenkumham"),
	W("Kemenlu"), W("Kemenpan"), W("Kemenpar"), W("Kemenparekraf"), W("Kemenperin"),
	W("Kemenpora"), W("Kemensos"), W("Kementan"), W("Kementerian"), W("Kemhan"),
	W("Kemlu"), W("Kenya"), W("Kepolisian"), W("Kerajaan"), W("Kesehatan"), W("Keuangan"),
	W("Kodam"), W("Kodim"), W("Kolombia"), W("Komisi"), W("Kompas"), W("Kongres"),
	W("Kopassus"), W("Koramil"), W("Korem"), W("Korlantas"), W("Kostrad"), W("Kota"),
	W("Krimea"), W("Kristen"), W("Kroasia"), W("Kuba"), W("Kuwait"), W("Laos"), W("Lapas"),
	W("Latvia"), W("Laut"), W("Lebanon"), W("Libya"), W("Lituania"), W("Luar"),
	W("Luksemburg"), W("Mahkamah"), W("Makau"), W("Makedonia"), W("Maladewa"), W("Mali"),
	W("Malta"), W("Mapolda"), W("Mapolres"), W("Mapolsek"), W("Maroko"), W("Medan"),
	W("Meksiko"), W("Mesir"), W("Militer"), W("Mongolia"), W("Moskow"), W("Myanmar"),
	W("Nagari"), W("Nasional"), W("Negeri"), W("Nepal"), W("Nigeria"), W("Norwegia"),
	W("Oman"), W("Palestina"), W("Panama"), W("Paraguay"), W("Parlemen"), W("Partai"),
	W("Pasifik"), W("Pemda"), W("Pemerintah"), W("Pemkab"), W("Pemkot"), W("Pemprov"),
	W("Pendidikan"), W("Pengadilan"), W("Perancis"), W("Perdagangan"), W("Perjanjian"),
	W("Perserikatan"), W("Pertahanan"), W("Pertamina"), W("Peru"), W("Polandia"),
	W("Polda"), W("Polisi"), W("Polres"), W("Polresta"), W("Polrestabes"), W("Polri"),
	W("Polsek"), W("Portugal"), W("Prancis"), W("Provinsi"), W("Pulau"), W("Putih"),
	W("Qatar"), W("Rumania"), W("Rusia"), W("Rutan"), W("Satgas"), W("Satlantas"),
	W("Satpol"), W("Satreskrim"), W("Sekretariat"), W("Selandia"), W("Selat"),
	W("Selatan"), W("Semenanjung"), W("Senat"), W("Senegal"), W("Serbia"), W("Serikat"),
	W("Setkab"), W("Setneg"), W("Singapura"), W("Skotlandia"), W("Slovakia"),
	W("Slovenia"), W("Somalia"), W("Spanyol"), W("Sudan"), W("Sulawesi"), W("Sumatera"),
	W("Sungai"), W("Surabaya"), W("Suriah"), W("Swedia"), W("Swis"), W("Swiss"),
	W("Tajikistan"), W("Tanzania"), W("Teheran"), W("Telkom"), W("Teluk"), W("Tempo"),
	W("Tengah"), W("Tentara"), W("Timur"), W("Tiongkok"), W("Tokopedia"), W("Tuhan"),
	W("Tunisia"), W("Turki"), W("Turkmenistan"), W("Uganda"), W("Ukraina"), W("Uni"),
	W("Universitas"), W("Uruguay"), W("Utara"), W("Uzbekistan"), W("Vatikan"),
	W("Venezuela"), W("Warsawa"), W("Yaman"), W("Yerusalem"), W("Yogyakarta"),
	W("Yordania"), W("Yunani"), W("Zambia"), W("Zimbabwe"),
};

/* Words before a place: a short name right after one is no person. */
static const struct lexicon_entry place_prepositions[] = {
	W("di"), W("ke"),
};

/* Lowercase words after a speaker's comma that go on with the sentence
 * ("kata Austin, di Pentagon") rather than say who the speaker is. */
static const struct lexicon_entry not_descriptions[] = {
	W("atau"), W("dalam"), W("dan"), W("dari"), W("dengan"), W("di"), W("dikutip"),
	W("juga"), W("karena"), W("ke"), W("kemudian"), W("ketika"), W("lalu"), W("namun"),
	W("oleh"), W("pada"), W("saat"), W("sambil"), W("sebelum"), W("sementara"),
	W("seperti"), W("seraya"), W("setelah"), W("tetapi"), W("untuk"), W("usai"),
};

/* Spellings of one name (the value is the group): the spelling reform
 * of 1972. */
static const struct lexicon_entry name_variants[] = {
	V("Djoko", 5), V("Joko", 5),
};

/* The most frequent function words, lowercase, for the language guess. */
static const struct lexicon_entry common_words[] = {
	W("adalah"), W("akan"), W("atau"), W("bahwa"), W("dalam"), W("dan"), W("dari"),
	W("dengan"), W("di"), W("ini"), W("itu"), W("juga"), W("kami"), W("karena"), W("kata"),
	W("ke"), W("menurut"), W("mereka"), W("oleh"), W("pada"), W("sebagai"), W("setelah"),
	W("sudah"), W("telah"), W("tersebut"), W("tidak"), W("untuk"), W("yang"),
};

/* Ordinary words, lowercase, that news capitalizes at the start of a
 * sentence, in headings and in the names of bodies: what the dictionary
 * knows without Hunspell (dictionary.h). */
static const struct lexicon_entry words[] = {
	W("administrasi"), W("agama"), W("air"), W("akademi"), W("aktivis"), W("alam"),
	W("aman"), W("anak"), W("anggaran"), W("anggota"), W("arsip"), W("asisten"),
	W("asosiasi"), W("balai"), W("bandar"), W("bandara"), W("bangunan"), W("bantuan"),
	W("barang"), W("baru"), W("batas"), W("bencana"), W("berita"), W("besar"), W("bidang"),
	W("biro"), W("budaya"), W("bumi"), W("cabang"), W("cadangan"), W("daerah"), W("dana"),
	W("darat"), W("data"), W("demokrasi"), W("desa"), W("dinas"), W("direktorat"),
	W("distrik"), W("ekonomi"), W("energi"), W("fakultas"), W("forum"), W("fraksi"),
	W("gerakan"), W("golongan"), W("gudang"), W("hak"), W("harga"), W("hibrid"),
	W("hukum"), W("hunian"), W("hutan"), W("ilmu"), W("indah"), W("industri"),
	W("inflasi"), W("informasi"), W("inovasi"), W("inspektorat"), W("institut"),
	W("investasi"), W("jaksa"), W("jalan"), W("jaminan"), W("jaringan"), W("jasa"),
	W("jatuh"), W("kabar"), W("kampung"), W("kawasan"), W("keadilan"), W("kebijakan"),
	W("kebudayaan"), W("kecamatan"), W("kedua"), W("keduanya"), W("keempat"),
	W("kejaksaan"), W("kelompok"), W("kelurahan"), W("kemanusiaan"), W("kemenangan"),
	W("kerja"), W("kesatuan"), W("kesejahteraan"), W("ketahanan"), W("ketenagakerjaan"),
	W("ketiga"), W("ketiganya"), W("khusus"), W("koperasi"), W("korps"), W("kredit"),
	W("kualitas"), W("kuasa"), W("lahan"), W("lapangan"), W("layanan"), W("lembaga"),
	W("lingkungan"), W("listrik"), W("logistik"), W("lokasi"), W("maju"), W("makanan"),
	W("mantan"), W("markas"), W("masjid"), W("media"), W("menara"), W("mengawali"),
	W("merah"), W("milik"), W("minyak"), W("modal"), W("muda"), W("museum"), W("negara"),
	W("niaga"), W("nusantara"), W("obat"), W("olahraga"), W("operasi"), W("organisasi"),
	W("pajak"), W("pangan"), W("panitia"), W("pantai"), W("pasal"), W("pasar"),
	W("pelabuhan"), W("pelayanan"), W("pemuda"), W("penduduk"), W("penerbangan"),
	W("pengawasan"), W("pengelolaan"), W("penyelenggara"), W("perbankan"), W("percepatan"),
	W("perempuan"), W("perhubungan"), W("perindustrian"), W("perkebunan"), W("permukiman"),
	W("perpajakan"), W("persatuan"), W("pertama"), W("pertambangan"), W("pertanahan"),
	W("pertanian"), W("perumahan"), W("perusahaan"), W("perwira"), W("pesawat"),
	W("politik"), W("politikus"), W("pusat"), W("putra"), W("putri"), W("rakyat"),
	W("raya"), W("rekor"), W("riset"), W("rumah"), W("sakit"), W("satuan"), W("sekolah"),
	W("sektor"), W("sentra"), W("sentral"), W("sertifikasi"), W("sertifikat"), W("sistem"),
	W("sosial"), W("stadion"), W("tanah"), W("teknologi"), W("tenaga"), W("tinggi"),
	W("titik"), W("tugas"), W("umum"), W("usaha"), W("utama"), W("wilayah"), W("wisata"),
	W("yakni"), W("yayasan"),
};

/* Words after a name that make it a body's: "Tbk", "Grup". */
static const struct lexicon_entry org_markers[] = {
	W("Corp"), W("Group"), W("Grup"), W("Holding"), W("Persero"), W("Tbk"),
};

/* Words for what someone is or does, in any case, that introduce the
 * name near after them in a sentence: "juru bicara", "komisioner". */
static const struct lexicon_entry role_words[] = {
	W("ahli"), W("analis"), W("anggota"), W("asisten"), W("bendahara"), W("bupati"),
	W("camat"), W("dekan"), W("deputi"), W("direktur"), W("dirut"), W("dosen"),
	W("ekonom"), W("elite"), W("gubernur"), W("guru"), W("guru besar"), W("hakim"),
	W("jaksa"), W("jubir"), W("juru bicara"), W("kabid"), W("kader"), W("kadis"),
	W("kakanwil"), W("kapolda"), W("kapolres"), W("kapolsek"), W("kapten"), W("kasat"),
	W("kasubdit"), W("kepala"), W("kepala desa"), W("ketua"), W("ketum"), W("komisaris"),
	W("komisioner"), W("koordinator"), W("kuasa"), W("kurator"), W("legislator"),
	W("manajer"), W("menteri"), W("pakar"), W("panglima"), W("pelatih"), W("pemilik"),
	W("pendiri"), W("peneliti"), W("pengacara"), W("pengamat"), W("pengusaha"),
	W("penyanyi"), W("perwakilan"), W("plt"), W("politikus"), W("politisi"), W("presiden"),
	W("profesor"), W("rektor"), W("saksi"), W("sekda"), W("sekjen"), W("sekretaris"),
	W("staf"), W("waka"), W("wakil"), W("wali"), W("walikota"), W("wamen"), W("warga"),
};

/* Words between two names of one person: "Ziyad atau Zieyad". */
static const struct lexicon_entry alias_words[] = {
	W("alias"), W("atau"),
};

const struct lexicon lexicon_id = {
	.language = "id",
	.weekday_names = { "Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu" },
	.weekday_abbreviations = { NULL },
	.month_names = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
			 "Agustus", "September", "Oktober", "November", "Desember" },
	.lists = {
		[LEXICON_WEEKDAYS] = LIST(weekdays),
		[LEXICON_MONTHS] = LIST(months),
		[LEXICON_COUNT_WORDS] = LIST(count_words),
		[LEXICON_RELATIVE_BEFORE] = LIST(relative_before),
		[LEXICON_RELATIVE_AFTER] = LIST(relative_after),
		[LEXICON_DATE_FILLERS] = LIST(date_fillers),
		[LEXICON_CONNECTORS] = LIST(connectors),
		[LEXICON_TITLES] = LIST(titles),
		[LEXICON_HONORIFICS] = LIST(honorifics),
		[LEXICON_VERBS_BEFORE] = LIST(verbs_before),
		[LEXICON_VERBS_AFTER] = LIST(verbs_after),
		[LEXICON_SOURCES] = LIST(sources),
		[LEXICON_PRONOUNS] = LIST(pronouns),
		[LEXICON_DETERMINERS] = LIST(determiners),
		[LEXICON_PREPOSITIONS] = LIST(prepositions),
		[LEXICON_PARTICLES] = LIST(particles),
		[LEXICON_NON_NAMES] = LIST(non_names),
		[LEXICON_PROPER_NOUNS] = LIST(proper_nouns),
		[LEXICON_PLACE_PREPOSITIONS] = LIST(place_prepositions),
		[LEXICON_NOT_DESCRIPTIONS] = LIST(not_descriptions),
		[LEXICON_NAME_VARIANTS] = LIST(name_variants),
		[LEXICON_COMMON_WORDS] = LIST(common_words),
		[LEXICON_WORDS] = LIST(words),
		[LEXICON_ORG_MARKERS] = LIST(org_markers),
		[LEXICON_ROLE_WORDS] = LIST(role_words),
		[LEXICON_ALIAS_WORDS] = LIST(alias_words),
	},
};
