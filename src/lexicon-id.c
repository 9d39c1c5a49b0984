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
	W("Bapak"), F("Bicara", 0, LEXICON_ROLE), W("Bpk"), F("Brigjen", 0, LEXICON_ROLE),
	F("Bripka", 0, LEXICON_ROLE), W("Bu"), F("Bupati", 0, LEXICON_ROLE),
	F("Camat", 0, LEXICON_ROLE), F("Dandim", 0, LEXICON_ROLE),
	F("Danramil", 0, LEXICON_ROLE), F("Direktur", 0, LEXICON_ROLE), W("Drs"),
	F("Duta", 0, LEXICON_ROLE), F("Gubernur", 0, LEXICON_ROLE), W("Haji"),
	F("Hakim", 0, LEXICON_ROLE), W("Hj"), W("Ibu"), F("Ipda", 0, LEXICON_ROLE),
	F("Iptu", 0, LEXICON_ROLE), W("Ir"), F("Irjen", 0, LEXICON_ROLE),
	F("Jaksa", 0, LEXICON_ROLE), F("Jenderal", 0, LEXICON_ROLE),
	F("Juru", 0, LEXICON_ROLE), F("Kabag", 0, LEXICON_ROLE), F("Kabid", 0, LEXICON_ROLE),
	F("Kades", 0, LEXICON_ROLE), F("Kadis", 0, LEXICON_ROLE), F("Kadiv", 0, LEXICON_ROLE),
	F("Kaisar", 0, LEXICON_ROLE), F("Kanit", 0, LEXICON_ROLE),
	F("Kanselir", 0, LEXICON_ROLE), F("Kapolda", 0, LEXICON_ROLE),
	F("Kapolres", 0, LEXICON_ROLE), F("Kapolri", 0, LEXICON_ROLE),
	F("Kapolsek", 0, LEXICON_ROLE), F("Kapten", 0, LEXICON_ROLE),
	F("Kasad", 0, LEXICON_ROLE), F("Kasat", 0, LEXICON_ROLE), F("Kasdam", 0, LEXICON_ROLE),
	F("Kasubag", 0, LEXICON_ROLE), F("Kepala", 0, LEXICON_ROLE),
	F("Ketua", 0, LEXICON_ROLE), F("Kolonel", 0, LEXICON_ROLE),
	F("Kombes", 0, LEXICON_ROLE), F("Komisaris", 0, LEXICON_ROLE),
	F("Komjen", 0, LEXICON_ROLE), F("Kompol", 0, LEXICON_ROLE),
	F("Laksamana", 0, LEXICON_ROLE), F("Laksda", 0, LEXICON_ROLE),
	F("Letjen", 0, LEXICON_ROLE), F("Letnan", 0, LEXICON_ROLE),
	F("Lurah", 0, LEXICON_ROLE), F("Marsda", 0, LEXICON_ROLE),
	F("Marsekal", 0, LEXICON_ROLE), F("Mayjen", 0, LEXICON_ROLE), W("Mbak"),
	F("Menhan", 0, LEXICON_ROLE), F("Menlu", 0, LEXICON_ROLE),
	F("Menteri", 0, LEXICON_ROLE), W("Nyonya"), W("Pak"), F("Pangdam", 0, LEXICON_ROLE),
	F("Pangeran", 0, LEXICON_ROLE), F("Panglima", 0, LEXICON_ROLE),
	F("Paus", 0, LEXICON_ROLE), F("Perdana", 0, LEXICON_ROLE),
	F("Presiden", 0, LEXICON_ROLE), F("Raja", 0, LEXICON_ROLE), F("Ratu", 0, LEXICON_ROLE),
	W("Saudara"), W("Sdr"), F("Sekjen", 0, LEXICON_ROLE), F("Sekretaris", 0, LEXICON_ROLE),
	W("Tuan"), F("Wakil", 0, LEXICON_ROLE), F("Wali", 0, LEXICON_ROLE),
	F("Walikota", 0, LEXICON_ROLE), F("Wapres", 0, LEXICON_ROLE),
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
	W("Di"), W("Dokter"), W("Guru"), W("Hal"), W("Hanya"), W("Hari"), W("Hingga"),
	W("Ini"), W("Itu"), W("Jika"), W("Juga"), W("Justru"), W("Kalau"), W("Kami"),
	W("Kamu"), W("Kapan"), W("Karena"), W("Ke"), W("Keluarga"), W("Kemarin"),
	W("Kemudian"), W("Ketika"), W("Kini"), W("Kita"), W("Korban"), W("Lalu"), W("Lebih"),
	W("Lusa"), W("Mahasiswa"), W("Maka"), W("Malam"), W("Masih"), W("Masyarakat"),
	W("Melalui"), W("Mengapa"), W("Meski"), W("Meskipun"), W("Namun"), W("Nelayan"),
	W("Oleh"), W("Orang"), W("Pada"), W("Pagi"), W("Para"), W("Pasukan"), W("Pedagang"),
	W("Pejabat"), W("Pekan"), W("Peneliti"), W("Pengamat"), W("Penumpang"), W("Petani"),
	W("Petugas"), W("Pihak"), W("Polisi"), W("Pun"), W("Relawan"), W("Saat"), W("Salah"),
	W("Sampai"), W("Saya"), W("Sebab"), W("Sebagai"), W("Sebaliknya"), W("Sebelum"),
	W("Sebelumnya"), W("Sebuah"), W("Sedangkan"), W("Sejak"), W("Sejumlah"), W("Sekarang"),
	W("Sekitar"), W("Selain"), W("Selama"), W("Selanjutnya"), W("Seluruh"), W("Semalam"),
	W("Sementara"), W("Semua"), W("Seorang"), W("Sesudah"), W("Setelah"), W("Setiap"),
	W("Setidaknya"), W("Siang"), W("Siapa"), W("Siswa"), W("Sore"), W("Sudah"),
	W("Sumber"), W("Supaya"), W("Tadi"), W("Tahun"), W("Tak"), W("Tapi"), W("Telah"),
	W("Tentang"), W("Terkait"), W("Termasuk"), W("Tetapi"), W("Tidak"), W("Tim"),
	W("Untuk"), W("Usai"), W("Walaupun"), W("Warga"), W("Yang"),
};

/* Words of the names of places, peoples and bodies as Indonesian spells
 * them: never a person. */
static const struct lexicon_entry proper_nouns[] = {
	W("Aceh"), W("Afrika"), W("Amerika"), W("Angkatan"), W("Badan"), W("Bali"),
	W("Bandung"), W("Bangsa"), W("Bappenas"), W("Barat"), W("Bareskrim"), W("Basarnas"),
	W("Belanda"), W("Brasil"), W("Brussel"), W("Cina"), W("Dalam"), W("Damaskus"),
	W("Departemen"), W("Dewan"), W("Eropa"), W("Filipina"), W("Garuda"), W("Gedung"),
	W("Gojek"), W("Gunung"), W("Hizbullah"), W("Indonesia"), W("Inggris"),
	W("Internasional"), W("Irak"), W("Istana"), W("Italia"), W("Jakarta"), W("Jalan"),
	W("Jawa"), W("Jepang"), W("Jerman"), W("Kabupaten"), W("Kairo"), W("Kalimantan"),
	W("Kanada"), W("Kantor"), W("Katolik"), W("Keamanan"), W("Kemendagri"), W("Kemenhan"),
	W("Kemenkes"), W("Kemenkeu"), W("Kemenlu"), W("Kementerian"), W("Kemhan"), W("Kemlu"),
	W("Kepolisian"), W("Kerajaan"), W("Kesehatan"), W("Keuangan"), W("Komisi"),
	W("Kompas"), W("Kongres"), W("Kota"), W("Krimea"), W("Kristen"), W("Laut"), W("Luar"),
	W("Mahkamah"), W("Makau"), W("Medan"), W("Meksiko"), W("Mesir"), W("Militer"),
	W("Moskow"), W("Nasional"), W("Negeri"), W("Palestina"), W("Parlemen"), W("Partai"),
	W("Pasifik"), W("Pemda"), W("Pemerintah"), W("Pemkab"), W("Pemkot"), W("Pemprov"),
	W("Pendidikan"), W("Pengadilan"), W("Perancis"), W("Perdagangan"), W("Perjanjian"),
	W("Perserikatan"), W("Pertahanan"), W("Pertamina"), W("Polandia"), W("Polda"),
	W("Polisi"), W("Polres"), W("Polri"), W("Prancis"), W("Provinsi"), W("Pulau"),
	W("Putih"), W("Rusia"), W("Sekretariat"), W("Selat"), W("Selatan"), W("Semenanjung"),
	W("Senat"), W("Serikat"), W("Singapura"), W("Spanyol"), W("Sulawesi"), W("Sumatera"),
	W("Sungai"), W("Surabaya"), W("Suriah"), W("Teheran"), W("Telkom"), W("Teluk"),
	W("Tempo"), W("Tengah"), W("Tentara"), W("Timur"), W("Tiongkok"), W("Tokopedia"),
	W("Tuhan"), W("Turki"), W("Ukraina"), W("Uni"), W("Universitas"), W("Utara"),
	W("Vatikan"), W("Warsawa"), W("Yerusalem"), W("Yogyakarta"), W("Yunani"),
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

const struct lexicon lexicon_id = {
	.language = "id",
	.weekday_names = { "Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu" },
	.weekday_abbreviations = { NULL },
	.month_names = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
			 "Agustus", "September", "Oktober", "November", "Desember" },
	.lists = LEXICON_LISTS,
};
