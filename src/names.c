/*
 * names.c - the name check: one person's name spelled two ways ("Yun Suk
 * Yeol" ... "kata Yoon") and a short name in an attribution that no full
 * name introduced ("kata Austin" with no "Lloyd Austin" before it).
 *
 * Reading.  Each paragraph's words (words.h) are classified: capitalized
 * or not, a title ("Presiden", "Dr"; "Pak" and "Bu" only in Indonesian),
 * a word of a place's or body's name ("Korea", "Kementerian", an acronym),
 * a word that names nobody in the article's language (a function word
 * that begins sentences, a day, a month, "Officials", the attribution
 * words and pronouns of quotes.h), or a word that may belong to a name (a
 * capital, then a lowercase letter, no digit).  A run of capitalized words
 * joined by spaces ("Presiden Korea Selatan Yun Suk Yeol"; a title's dot
 * and "bin", "van"... may join them too) is cut into mentions at its
 * titles and non-names.  A mention of two name words or more is a full
 * name; one word is a short name: strong when it follows a title in its
 * run (or one or two lowercase words after one: "Ketua RT setempat
 * Slamet") or is the speaker of an attribution ("kata Austin", "Smith
 * said", "menurut Yoon", "kata Menteri Austin"), weak otherwise.  A short
 * name after a word of a body's name ("Samsung Electronics said") is no
 * speaker; one right after "di", "ke", "in", "at" or "of" is a place.  A
 * one-word mention that begins a sentence is dropped when the article
 * also writes it in lowercase and never as a name elsewhere ("Serangan"
 * and "serangan").  A full name repeated word for word that no short name
 * picks out ("Lembah Hijau" three times, no "kata Hijau") is a block, a
 * place or a body: cut off the ends of longer runs ("Bupati Lembah Hijau
 * Budi Santoso").
 *
 * Spellings.  Two spellings are one name (names_alike) when they play the
 * same part: full names equal but for that word ("Joko Widodo", "Djoko
 * Widodo"; not when both spellings are also used alone: two people), a
 * short name that looks like a word of exactly one person's full names
 * ("kata Yoon", "Yun Suk Yeol"), or two short names no full name spells,
 * one of them strong.  Full names that share a surname are different
 * people ("Kim Jong Un", "Kim Yo Jong"), and so are two introduced names
 * each used on its own ("Lee", "Leo").  Each spelling of a name but the
 * one used most (the first used on a tie) is reported at its first use,
 * with the one used most as the replacement; its places are that word,
 * then every use of both spellings in text order.
 *
 * Strangers.  A strong short name as a speaker is introduced by a full name
 * of the same name (any spelling) before it, by a title that says who it
 * is ("Menteri Sekretaris Kabinet Sudarsono"; "Pak", "Mr" do not), by a
 * lowercase description after a comma ("kata Siti, warga Ciawi"; not
 * after "menurut"), or by beginning with a word of an earlier full name
 * ("Jokowi" after "Joko Widodo").  The first speaker of each name that is
 * not introduced is reported, no replacement; its places are that word,
 * then every other use of the spelling in text order.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "check.h"
#include "names.h"
#include "quotes.h"
#include "utf8.h"
#include "words.h"

#define COUNT(a) (sizeof (a) / sizeof (a)[0])
#define NONE ((size_t)-1)

/* The shortest spelling (code points) compared without a full name around
 * it: "Lee" and "Leo" are, "Un" and "Um" only inside "Kim Jong Un". */
#define SHORTEST_ALONE 3
#define SHORTEST_IN_FULL 2

/* A title: flags below. */
struct title {
	const char *word;
	unsigned flags;
};

enum {
	TITLE_ROLE = 1u,	/* says who someone is: "Presiden", not "Pak" */
	TITLE_ID = 2u,		/* only in Indonesian ("Pak" is a name in English) */
};

/* Titles and honorifics before a name, with or without a dot; sorted as
 * compare_folded sorts. */
static const struct title titles[] = {
	{ "Admiral", TITLE_ROLE }, { "Aiptu", TITLE_ROLE }, { "AKBP", TITLE_ROLE },
	{ "AKP", TITLE_ROLE }, { "Ambassador", TITLE_ROLE }, { "Bapak", TITLE_ID },
	{ "Bicara", TITLE_ROLE }, { "Bpk", 0 }, { "Brigjen", TITLE_ROLE },
	{ "Bripka", TITLE_ROLE }, { "Bu", TITLE_ID }, { "Bupati", TITLE_ROLE },
	{ "Camat", TITLE_ROLE }, { "Captain", TITLE_ROLE }, { "Chairman", TITLE_ROLE },
	{ "Chairwoman", TITLE_ROLE }, { "Chancellor", TITLE_ROLE },
	{ "Chief", TITLE_ROLE }, { "Colonel", TITLE_ROLE },
	{ "Commissioner", TITLE_ROLE }, { "Dame", 0 }, { "Dandim", TITLE_ROLE },
	{ "Danramil", TITLE_ROLE }, { "Director", TITLE_ROLE },
	{ "Direktur", TITLE_ROLE }, { "Dr", 0 }, { "Drs", 0 }, { "Duta", TITLE_ROLE },
	{ "Emperor", TITLE_ROLE }, { "Executive", TITLE_ROLE }, { "Gen", TITLE_ROLE },
	{ "General", TITLE_ROLE }, { "Governor", TITLE_ROLE },
	{ "Gubernur", TITLE_ROLE }, { "Haji", 0 }, { "Hakim", TITLE_ROLE },
	{ "Hj", 0 }, { "Ibu", TITLE_ID }, { "Ipda", TITLE_ROLE },
	{ "Iptu", TITLE_ROLE }, { "Ir", 0 }, { "Irjen", TITLE_ROLE },
	{ "Jaksa", TITLE_ROLE }, { "Jenderal", TITLE_ROLE }, { "Judge", TITLE_ROLE },
	{ "Juru", TITLE_ROLE }, { "Justice", TITLE_ROLE }, { "Kabag", TITLE_ROLE },
	{ "Kabid", TITLE_ROLE }, { "Kades", TITLE_ROLE }, { "Kadis", TITLE_ROLE },
	{ "Kadiv", TITLE_ROLE }, { "Kaisar", TITLE_ROLE }, { "Kanit", TITLE_ROLE },
	{ "Kanselir", TITLE_ROLE }, { "Kapolda", TITLE_ROLE },
	{ "Kapolres", TITLE_ROLE }, { "Kapolri", TITLE_ROLE },
	{ "Kapolsek", TITLE_ROLE }, { "Kapten", TITLE_ROLE }, { "Kasad", TITLE_ROLE },
	{ "Kasat", TITLE_ROLE }, { "Kasdam", TITLE_ROLE }, { "Kasubag", TITLE_ROLE },
	{ "Kepala", TITLE_ROLE }, { "Ketua", TITLE_ROLE }, { "King", TITLE_ROLE },
	{ "Kolonel", TITLE_ROLE }, { "Kombes", TITLE_ROLE },
	{ "Komisaris", TITLE_ROLE }, { "Komjen", TITLE_ROLE },
	{ "Kompol", TITLE_ROLE }, { "Lady", 0 }, { "Laksamana", TITLE_ROLE },
	{ "Laksda", TITLE_ROLE }, { "Letjen", TITLE_ROLE }, { "Letnan", TITLE_ROLE },
	{ "Lieutenant", TITLE_ROLE }, { "Lord", 0 }, { "Lurah", TITLE_ROLE },
	{ "Marsda", TITLE_ROLE }, { "Marsekal", TITLE_ROLE }, { "Mayjen", TITLE_ROLE },
	{ "Mayor", TITLE_ROLE }, { "Mbak", 0 }, { "Menhan", TITLE_ROLE },
	{ "Menlu", TITLE_ROLE }, { "Menteri", TITLE_ROLE }, { "Minister", TITLE_ROLE },
	{ "Miss", 0 }, { "Mr", 0 }, { "Mrs", 0 }, { "Ms", 0 }, { "Mx", 0 },
	{ "Nyonya", 0 }, { "Pak", TITLE_ID }, { "Pangdam", TITLE_ROLE },
	{ "Pangeran", TITLE_ROLE }, { "Panglima", TITLE_ROLE }, { "Paus", TITLE_ROLE },
	{ "Perdana", TITLE_ROLE }, { "Pope", TITLE_ROLE }, { "Premier", TITLE_ROLE },
	{ "Presiden", TITLE_ROLE }, { "President", TITLE_ROLE },
	{ "Prime", TITLE_ROLE }, { "Prince", TITLE_ROLE }, { "Princess", TITLE_ROLE },
	{ "Prof", 0 }, { "Queen", TITLE_ROLE }, { "Raja", TITLE_ROLE },
	{ "Ratu", TITLE_ROLE }, { "Rep", TITLE_ROLE },
	{ "Representative", TITLE_ROLE }, { "Saudara", 0 }, { "Sdr", 0 },
	{ "Secretary", TITLE_ROLE }, { "Secretary-General", TITLE_ROLE },
	{ "Sekjen", TITLE_ROLE }, { "Sekretaris", TITLE_ROLE }, { "Sen", TITLE_ROLE },
	{ "Senator", TITLE_ROLE }, { "Sir", 0 }, { "Speaker", TITLE_ROLE },
	{ "Sultan", TITLE_ROLE }, { "Tuan", 0 }, { "Vice", TITLE_ROLE },
	{ "Wakil", TITLE_ROLE }, { "Wali", TITLE_ROLE }, { "Walikota", TITLE_ROLE },
	{ "Wapres", TITLE_ROLE },
};


/* Lowercase words before a place: a short name right after one is no person. */
static const char *const place_prepositions[] = { "di", "ke", "in", "at", "of", NULL };

/* Lowercase words after a speaker's comma that go on with the sentence
 * rather than say who the speaker is: "kata Austin, di Pentagon", "said
 * Blinken, adding" (and any English "-ing" word, and the attribution
 * verbs). */
static const char *const not_descriptions[] = {
	"and", "as", "at", "but", "by", "for", "from", "in", "on", "or", "to", "when", "while",
	"with", "atau", "dalam", "dan", "dari", "dengan", "di", "dikutip", "juga", "karena",
	"ke", "kemudian", "ketika", "lalu", "namun", "oleh", "pada", "saat", "sambil",
	"sebelum", "seperti", "seraya", "sementara", "setelah", "tetapi", "untuk", "usai", NULL,
};

/* Romanizations of one name, case and all. */
static const char *const romanizations[][2] = {
	{ "Yun", "Yoon" }, { "Park", "Pak" }, { "Lee", "Yi" }, { "Lee", "Rhee" },
	{ "Yi", "Rhee" }, { "Choi", "Choe" }, { "Joko", "Djoko" },
};

/* Capitalized words that name no person, in either language: places,
 * nationalities, institutions, news agencies; sorted as compare_folded
 * sorts, as are the two lists after it. */
static const char *const non_names_common[] = {
	"Aceh", "Afghanistan", "Africa", "Afrika", "Agency", "Airbus", "Alaska",
	"Alibaba", "Allah", "Amazon", "America", "American", "Amerika", "Android",
	"Angeles", "Angkatan", "Ankara", "Antara", "Apple", "Arab", "Aramco",
	"Arizona", "Army", "Asia", "Asian", "Atlantic", "Atlantik", "Australia",
	"Badan", "Baghdad", "Bali", "Bandung", "Bangkok", "Bangsa", "Bank", "Bappenas",
	"Barat", "Bareskrim", "Basarnas", "Bavaria", "Beijing", "Belanda", "Berlin",
	"Bernama", "Bloomberg", "Boeing", "Boston", "Brasil", "Brazil", "Britain",
	"British", "Brussel", "Brussels", "Busan", "Cairo", "California", "Canada",
	"Canberra", "Carolina", "Catholic", "Central", "Chicago", "China", "Chinese",
	"Christian", "Cina", "City", "Colorado", "Commission", "Congress", "Council",
	"Court", "Crimea", "Dalam", "Damascus", "Damaskus", "Defence", "Defense",
	"Delhi", "Departemen", "Department", "Dewan", "Disney", "Donbas", "East",
	"Education", "Egypt", "England", "Eropa", "Europe", "European", "Facebook",
	"Filipina", "Finance", "Florida", "Foreign", "Foxconn", "France", "Francisco",
	"French", "Garuda", "Gaza", "Gedung", "German", "Germany", "Global", "God",
	"Gojek", "Google", "Government", "Grab", "Greece", "Gulf", "Gunung",
	"Gyeonggi", "Hamas", "Hanoi", "Hawaii", "Health", "Hezbollah", "Hizbullah",
	"Hokkaido", "Honda", "House", "Houthi", "Huawei", "Hyundai", "Illinois",
	"Incheon", "India", "Indonesia", "Indonesian", "Inggris", "Instagram", "Intel",
	"Interior", "Internasional", "International", "Irak", "Iran", "Iranian",
	"Iraq", "Ireland", "Islam", "Islamabad", "Island", "Israel", "Israeli",
	"Istana", "Italia", "Italy", "Jakarta", "Jalan", "Japan", "Japanese", "Java",
	"Jawa", "Jeju", "Jepang", "Jerman", "Jerusalem", "Kabul", "Kabupaten", "Kairo",
	"Kalimantan", "Kanada", "Kantor", "Katolik", "Keamanan", "Kemendagri",
	"Kemenhan", "Kemenkes", "Kemenkeu", "Kemenlu", "Kementerian", "Kemhan",
	"Kemlu", "Kepolisian", "Kerajaan", "Kesehatan", "Keuangan", "Kiev", "Kingdom",
	"Komisi", "Kompas", "Kongres", "Korea", "Korean", "Kota", "Kremlin", "Krimea",
	"Kristen", "Kuala", "Kursk", "Kyiv", "Kyodo", "Laut", "London", "Luar",
	"Lumpur", "Macau", "Madrid", "Mahkamah", "Makau", "Malaysia", "Manila",
	"Massachusetts", "Medan", "Meksiko", "Mesir", "Mexico", "Michigan",
	"Microsoft", "Middle", "Military", "Militer", "Ministry", "Minsk",
	"Mitsubishi", "Moscow", "Moskow", "Mount", "Muslim", "Nasional", "National",
	"Nations", "Navy", "Negeri", "Nestle", "Netflix", "Netherlands", "Nevada",
	"Nissan", "North", "Nvidia", "Office", "Ohio", "Okinawa", "Ontario", "Oregon",
	"Osaka", "Ottawa", "Pacific", "Pakistan", "Palace", "Palestina", "Palestine",
	"Palestinian", "Panasonic", "Papua", "Paris", "Parlemen", "Parliament",
	"Partai", "Party", "Pasifik", "Pemda", "Pemerintah", "Pemkab", "Pemkot",
	"Pemprov", "Pendidikan", "Pengadilan", "Peninsula", "Pennsylvania", "Pentagon",
	"Perancis", "Perdagangan", "Perjanjian", "Perserikatan", "Pertahanan",
	"Pertamina", "Philippines", "Poland", "Polandia", "Polda", "Police", "Polisi",
	"Polres", "Polri", "Prancis", "Province", "Provinsi", "Pulau", "Putih",
	"Putrajaya", "Pyongyang", "Quebec", "Republic", "Republik", "Reuters", "River",
	"Riyadh", "Roma", "Rome", "Rusia", "Russia", "Russian", "Samsung", "Saudi",
	"Scotland", "Sea", "Security", "Sejong", "Sekretariat", "Selat", "Selatan",
	"Semenanjung", "Senat", "Senate", "Seoul", "Serikat", "Shell", "Shopee",
	"Singapore", "Singapura", "Sony", "South", "Spain", "Spanyol", "State",
	"States", "Strait", "Street", "Sulawesi", "Sumatera", "Sumatra", "Sungai",
	"Surabaya", "Suriah", "Sydney", "Syria", "Taipei", "Taiwan", "Taliban",
	"Teheran", "Tehran", "Telkom", "Teluk", "Tempo", "Tencent", "Tengah",
	"Tentara", "Tesla", "Texas", "Thailand", "TikTok", "Timur", "Tiongkok",
	"Tokopedia", "Tokyo", "Toyota", "Trade", "Treasury", "Treaty", "Tuhan",
	"Turkey", "Turki", "Twitter", "Uber", "Ukraina", "Ukraine", "Ukrainian", "Uni",
	"Unilever", "Union", "United", "Universitas", "University", "Utara", "Vatican",
	"Vatikan", "Vietnam", "Virginia", "Volkswagen", "Wales", "Warsaw", "Warsawa",
	"Washington", "West", "Western", "WhatsApp", "Windows", "Xiaomi", "Xinhua",
	"Yerusalem", "Yogyakarta", "Yonhap", "York", "YouTube", "Yunani",
};

/* Indonesian: function words that begin sentences, people in general
 * ("Warga"), days and months. */
static const char *const non_names_id[] = {
	"Ada", "Adapun", "Agar", "Agustus", "Ahad", "Akan", "Akhirnya", "Aku",
	"Analis", "Anda", "Antara", "Apa", "Apabila", "Apalagi", "Aparat", "April",
	"Atas", "Atau", "Bagaimana", "Bagi", "Bahkan", "Bahwa", "Banyak", "Beberapa",
	"Begitu", "Belum", "Berdasarkan", "Besok", "Bila", "Bukan", "Bulan", "Buruh",
	"Dan", "Dari", "Demikian", "Dengan", "Desember", "Di", "Dokter", "Februari",
	"Guru", "Hal", "Hanya", "Hari", "Hingga", "Ini", "Itu", "Januari", "Jika",
	"Juga", "Juli", "Jum'at", "Jumat", "Jum\342\200\231at", "Juni", "Justru",
	"Kalau", "Kami", "Kamis", "Kamu", "Kapan", "Karena", "Ke", "Keluarga",
	"Kemarin", "Kemudian", "Ketika", "Kini", "Kita", "Korban", "Lalu", "Lebih",
	"Lusa", "Mahasiswa", "Maka", "Malam", "Maret", "Masih", "Masyarakat", "Mei",
	"Melalui", "Mengapa", "Meski", "Meskipun", "Minggu", "Namun", "Nelayan",
	"November", "Oktober", "Oleh", "Orang", "Pada", "Pagi", "Para", "Pasukan",
	"Pedagang", "Pejabat", "Pekan", "Peneliti", "Pengamat", "Penumpang", "Petani",
	"Petugas", "Pihak", "Polisi", "Pun", "Rabu", "Relawan", "Saat", "Sabtu",
	"Salah", "Sampai", "Saya", "Sebab", "Sebagai", "Sebaliknya", "Sebelum",
	"Sebelumnya", "Sebuah", "Sedangkan", "Sejak", "Sejumlah", "Sekarang",
	"Sekitar", "Selain", "Selama", "Selanjutnya", "Selasa", "Seluruh", "Semalam",
	"Sementara", "Semua", "Senin", "Seorang", "September", "Sesudah", "Setelah",
	"Setiap", "Setidaknya", "Siang", "Siapa", "Siswa", "Sore", "Sudah", "Sumber",
	"Supaya", "Tadi", "Tahun", "Tak", "Tapi", "Telah", "Tentang", "Terkait",
	"Termasuk", "Tetapi", "Tidak", "Tim", "Untuk", "Usai", "Walaupun", "Warga",
	"Yang",
};

/* English: function words that begin sentences, people in general
 * ("Officials"), days and months (not May: Theresa May). */
static const char *const non_names_en[] = {
	"A", "About", "Activists", "After", "Agencies", "All", "Also", "Although",
	"An", "Analysts", "And", "April", "As", "At", "August", "Authorities",
	"Because", "Before", "Both", "But", "By", "Critics", "December", "Despite",
	"Diplomats", "Doctors", "During", "Each", "Earlier", "Economists", "Engineers",
	"Every", "Executives", "Experts", "Families", "Fans", "Farmers", "February",
	"Firefighters", "For", "Friday", "From", "He", "Her", "Here", "His", "How",
	"However", "I", "If", "In", "Into", "Investigators", "Investors", "It", "Its",
	"January", "July", "June", "Last", "Later", "Lawmakers", "Lawyers", "Leaders",
	"Legislators", "Locals", "Managers", "Many", "March", "Meanwhile", "Members",
	"Militants", "Ministers", "Monday", "Most", "My", "Next", "No", "Nor", "Not",
	"November", "Now", "Observers", "October", "Of", "Officials", "On",
	"Opponents", "Or", "Organisers", "Organizers", "Others", "Our", "Over",
	"Parents", "Passengers", "People", "Police", "Prosecutors", "Protesters",
	"Rebels", "Regulators", "Rescuers", "Researchers", "Residents", "Saturday",
	"Scientists", "September", "She", "Since", "So", "Soldiers", "Some", "Sources",
	"Students", "Such", "Sunday", "Supporters", "Survivors", "Teachers", "Than",
	"That", "The", "Their", "Then", "There", "These", "They", "This", "Those",
	"Though", "Thursday", "To", "Today", "Tomorrow", "Traders", "Troops",
	"Tuesday", "Under", "Unions", "Victims", "Villagers", "Volunteers", "Voters",
	"We", "Wednesday", "What", "When", "Where", "Which", "While", "Who", "Why",
	"With", "Witnesses", "Workers", "Yesterday", "Yet", "You", "Your",
};

/* What a word of a paragraph is. */
enum {
	W_CAP = 1u << 0,	/* begins with a capital */
	W_NAME = 1u << 1,	/* may be a word of a person's name */
	W_TITLE = 1u << 2,	/* a title or honorific */
	W_ROLE = 1u << 3,	/* a title that says who someone is */
	W_JOINED = 1u << 4,	/* only spaces (or a title's dot) since the word before */
	W_SENTENCE = 1u << 5,	/* begins a sentence, a quote or a clause */
	W_ORG = 1u << 6,	/* a word of a place's or body's name, or an acronym */
	W_POSSESSIVE = 1u << 7,	/* had a possessive "'s" */
};

/* A word of the paragraph being read: bytes [start, end) of the text, a
 * possessive "'s" left out. */
struct word {
	size_t start, end;
	unsigned flags;
};

/* How a mention was written. */
enum {
	M_FULL = 1u << 0,	/* two name words or more */
	M_TITLED = 1u << 1,	/* after a title in its run */
	M_ROLE = 1u << 2,	/* after a title that says who it is */
	M_ATTRIBUTED = 1u << 3,	/* the speaker of an attribution */
	M_SENTENCE = 1u << 4,	/* its first word begins a sentence */
	M_PLACE = 1u << 5,	/* one word right after a place preposition */
	M_BLOCK = 1u << 6,	/* a place or organisation */
	M_DESCRIBED = 1u << 7,	/* a lowercase description after a comma: "Siti, warga" */
};

/* A name in the text: its words occs[first, first + count). */
struct mention {
	size_t first, count;
	unsigned flags;
};

/* A word of a mention: bytes [start, end), its spelling; dead once cut off
 * its mention. */
struct occ {
	size_t start, end;
	size_t spelling;
	int live;
};

/* How a spelling is used. */
enum {
	S_FULL = 1u << 0,	/* in a full name that is no block */
	S_BLOCK = 1u << 1,	/* in a block */
	S_STRONG = 1u << 2,	/* alone, after a title or as a speaker */
	S_WEAK = 1u << 3,	/* alone, anywhere else */
	S_PLACE = 1u << 4,	/* alone right after a place preposition */
};

/* One spelling of a name word, and the spellings it is one name with
 * (parent, a union-find forest). */
struct spelling {
	const char *s;
	size_t n;
	size_t count;		/* live occurrences */
	size_t first;		/* its first occurrence, an index of occs */
	size_t by_first;	/* where its words begin in by_spelling */
	size_t by_count;	/* and how many there are, dead ones too */
	unsigned flags;
	size_t parent;
};

/* The check's state over one article. */
struct names {
	const struct article *article;
	int english;
	struct word *words;		/* of the paragraph being read */
	size_t nwords, words_cap;
	struct occ *occs;		/* in text order */
	size_t nocc, occs_cap;
	struct mention *mentions;	/* in text order */
	size_t nmentions, mentions_cap;
	struct spelling *spellings;	/* sorted by their bytes */
	size_t nspellings;
	size_t *by_spelling;		/* occs sorted by spelling, then text order */
};

/* A string to sort: n bytes at s, what it stands for, and where else it
 * was seen (KEY_ flags). */
struct key {
	const char *s;
	size_t n;
	size_t index;
	unsigned seen;
};

enum {
	KEY_LOWERCASE = 1u,	/* as a lowercase word */
	KEY_NAMED = 2u,		/* as a word of a name, not first in its sentence */
};

/* A full name to sort by its spellings, leaving out word mask (NONE for
 * none). */
struct sequence {
	const struct names *nm;
	size_t mention;
	size_t mask;
};

/* The array items (room for *cap of size bytes) with room for need > 0:
 * items itself, or a larger copy (*cap updated); NULL when out of memory,
 * items left as it was. */
static void *reserve(void *items, size_t *cap, size_t need, size_t size)
{
	size_t n = *cap ? *cap : 16;
	void *grown;

	if (need <= *cap)
		return items;
	while (n < need)
		n *= 2;
	grown = realloc(items, n * size);
	if (grown != NULL)
		*cap = n;
	return grown;
}

/* Lowercase an ASCII byte; other bytes are left alone. */
static unsigned char fold(char b)
{
	return (unsigned char)(b >= 'A' && b <= 'Z' ? b | 0x20 : b);
}

/* Compare the an bytes at a with the bn bytes at b, ASCII case ignored. */
static int compare_folded(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i;

	for (i = 0; i < an && i < bn; i++)
		if (fold(a[i]) != fold(b[i]))
			return fold(a[i]) < fold(b[i]) ? -1 : 1;
	return an == bn ? 0 : an < bn ? -1 : 1;
}

/* Whether the n bytes at w are an entry of the sorted list of count. */
static int in_sorted(const char *const *list, size_t count, const char *w, size_t n)
{
	size_t lo = 0, hi = count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = compare_folded(list[mid], strlen(list[mid]), w, n);

		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* Whether the n bytes at w are an entry of the NULL-terminated list, ASCII
 * case ignored. */
static int in_list(const char *const *list, const char *w, size_t n)
{
	for (; *list != NULL; list++)
		if (compare_folded(*list, strlen(*list), w, n) == 0)
			return 1;
	return 0;
}

/* The title the n bytes at w are in the article's language, or NULL. */
static const struct title *title_of(const struct names *nm, const char *w, size_t n)
{
	size_t lo = 0, hi = COUNT(titles);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = compare_folded(titles[mid].word, strlen(titles[mid].word), w, n);

		if (c == 0)
			return nm->english && (titles[mid].flags & TITLE_ID) ? NULL : &titles[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Whether the n bytes at w name no person in the article's language: the
 * function words, days and months (English ones in Indonesian too, which
 * quotes English; not the other way: "Dan" is a name in English), the
 * attribution words and pronouns. */
static int non_name(const struct names *nm, const char *w, size_t n)
{
	if (in_sorted(non_names_en, COUNT(non_names_en), w, n) ||
	    (!nm->english && in_sorted(non_names_id, COUNT(non_names_id), w, n)))
		return 1;
	return in_list(quotes_verbs_id, w, n) || in_list(quotes_verbs_id_after, w, n) ||
	       in_list(quotes_verbs_en, w, n) || in_list(quotes_sources, w, n) ||
	       in_list(quotes_pronouns, w, n);
}

/* The code point at byte i < n of s; returns its length in bytes. */
static size_t char_at(const char *s, size_t n, size_t i, uint32_t *cp)
{
	int k = utf8_decode(s + i, n - i, cp);

	return (size_t)(k < 0 ? -k : k);
}

/* The code points of the n bytes at s into out (NAMES_WORD_MAX at most):
 * how many, or NONE when there are more. */
static size_t code_points(const char *s, size_t n, uint32_t *out)
{
	size_t i = 0, count = 0;

	while (i < n) {
		if (count == NAMES_WORD_MAX)
			return NONE;
		i += char_at(s, n, i, &out[count++]);
	}
	return count;
}

/* The smaller of a and b. */
static size_t smaller(size_t a, size_t b)
{
	return a < b ? a : b;
}

/* The distance table's cell i, j (both > 0) from the cells before it, for
 * code points x and y. */
static unsigned char distance_cell(unsigned char d[][NAMES_WORD_MAX + 1], const uint32_t *x,
				   const uint32_t *y, size_t i, size_t j)
{
	size_t best = smaller(d[i - 1][j - 1] + (x[i - 1] != y[j - 1]),
			      smaller(d[i - 1][j], d[i][j - 1]) + 1u);

	if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
		best = smaller(best, d[i - 2][j - 2] + 1u);
	return (unsigned char)best;
}

size_t names_distance(const char *a, size_t an, const char *b, size_t bn)
{
	uint32_t x[NAMES_WORD_MAX], y[NAMES_WORD_MAX];
	unsigned char d[NAMES_WORD_MAX + 1][NAMES_WORD_MAX + 1];
	size_t m = code_points(a, an, x), n = code_points(b, bn, y), i, j;

	if (m == NONE || n == NONE)
		return NONE;
	for (i = 0; i <= m; i++)
		d[i][0] = (unsigned char)i;
	for (j = 0; j <= n; j++)
		d[0][j] = (unsigned char)j;
	for (i = 1; i <= m; i++)
		for (j = 1; j <= n; j++)
			d[i][j] = distance_cell(d, x, y, i, j);
	return d[m][n];
}

/* Whether the an bytes at a and the bn bytes at b are a romanization pair. */
static int romanized(const char *a, size_t an, const char *b, size_t bn)
{
	size_t k;

	for (k = 0; k < 2 * COUNT(romanizations); k++) {
		const char *r = romanizations[k / 2][k % 2], *other = romanizations[k / 2][1 - k % 2];

		if (strlen(r) == an && memcmp(r, a, an) == 0 && strlen(other) == bn &&
		    memcmp(other, b, bn) == 0)
			return 1;
	}
	return 0;
}

/* Whether two different parts of names look like one (names_alike). */
static int parts_alike(const char *a, size_t an, const char *b, size_t bn, size_t shortest)
{
	uint32_t x[NAMES_WORD_MAX], y[NAMES_WORD_MAX];
	size_t m, n, d;

	if (romanized(a, an, b, bn))
		return 1;
	m = code_points(a, an, x);
	n = code_points(b, bn, y);
	if (m == NONE || n == NONE || smaller(m, n) < shortest || smaller(m, n) == 0 || x[0] != y[0])
		return 0;
	d = names_distance(a, an, b, bn);
	return d >= 1 && d <= (smaller(m, n) <= 5 ? 1u : 2u);
}

/* The end of the part of the n bytes at s that begins at i: the next
 * hyphen, or n. */
static size_t part_end(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] != '-')
		i++;
	return i;
}

int names_alike(const char *a, size_t an, const char *b, size_t bn, size_t shortest)
{
	size_t i = 0, j = 0, ie, je, da = NONE, dae = 0, db = 0, dbe = 0;

	for (;;) {
		ie = part_end(a, an, i);
		je = part_end(b, bn, j);
		if (ie - i != je - j || memcmp(a + i, b + j, ie - i) != 0) {
			if (da != NONE)
				return 0;
			da = i, dae = ie, db = j, dbe = je;
		}
		if (ie == an || je == bn)
			break;
		i = ie + 1;
		j = je + 1;
	}
	if (ie != an || je != bn || da == NONE)
		return 0;
	return parts_alike(a + da, dae - da, b + db, dbe - db, shortest);
}

/* Whether cp is a capital letter. */
static int is_upper(uint32_t cp)
{
	return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : iswupper((wint_t)cp) != 0;
}

/* Whether cp is a lowercase letter. */
static int is_lower(uint32_t cp)
{
	return cp < 0x80 ? cp >= 'a' && cp <= 'z' : iswlower((wint_t)cp) != 0;
}

/* Whether the n > 0 bytes at w begin with a capital. */
static int capitalized(const char *w, size_t n)
{
	uint32_t cp;

	char_at(w, n, 0, &cp);
	return is_upper(cp);
}

/* Whether the n bytes at w are shaped as a word of a name: a capital, a
 * letter after it that is no capital (no acronym: "MPs", "PBB"), a
 * lowercase letter somewhere (no initial), no digit. */
static int name_shaped(const char *w, size_t n)
{
	size_t first, i, k;
	uint32_t cp;
	int lower = 0;

	if (n == 0 || n > NAMES_WORD_MAX || !capitalized(w, n))
		return 0;
	for (i = first = char_at(w, n, 0, &cp); i < n; i += k) {
		k = char_at(w, n, i, &cp);
		if ((cp >= '0' && cp <= '9') || (i == first && is_upper(cp)))
			return 0;
		lower |= is_lower(cp);
	}
	return lower;
}

/* Whether the n bytes at w are an acronym: two capitals first ("AS",
 * "KCNA"). */
static int acronym(const char *w, size_t n)
{
	uint32_t cp;
	size_t first;

	if (n < 2 || !capitalized(w, n))
		return 0;
	first = char_at(w, n, 0, &cp);
	char_at(w, n, first, &cp);
	return first < n && is_upper(cp);
}

/* The length of the n bytes at w without a possessive "'s" or "’s". */
static size_t without_possessive(const char *w, size_t n)
{
	if (n > 2 && memcmp(w + n - 2, "'s", 2) == 0)
		return n - 2;
	if (n > 4 && memcmp(w + n - 4, "\xE2\x80\x99s", 4) == 0)
		return n - 4;
	return n;
}

/* The W_ flags of what the n bytes at w are. */
static unsigned classify(const struct names *nm, const char *w, size_t n)
{
	const struct title *t;

	if (n == 0 || !capitalized(w, n))
		return 0;
	t = title_of(nm, w, n);
	if (t != NULL)
		return W_CAP | W_TITLE | (t->flags & TITLE_ROLE ? W_ROLE : 0);
	if (!name_shaped(w, n))
		return W_CAP | (acronym(w, n) ? W_ORG : 0);
	if (in_sorted(non_names_common, COUNT(non_names_common), w, n))
		return W_CAP | W_ORG;
	return W_CAP | (non_name(nm, w, n) ? 0 : W_NAME);
}

/* Whether cp, between two words, begins a sentence, a quote or a clause
 * after it. */
static int opens_sentence(uint32_t cp)
{
	static const uint32_t marks[] = {
		'.', '!', '?', ':', '"', '(', 0x2026, 0x201C, 0x2018, 0xAB, 0x300C,
		0x300E, 0x2013, 0x2014,
	};
	size_t i;

	for (i = 0; i < COUNT(marks); i++)
		if (marks[i] == cp)
			return 1;
	return 0;
}

/* The W_JOINED and W_SENTENCE flags of the gap [from, to) of the text
 * between two words; dotted when the word before may take a dot (a title,
 * an abbreviation, an initial). */
static unsigned gap_flags(const char *text, size_t from, size_t to, int dotted)
{
	unsigned flags = W_JOINED;
	size_t i = from;
	uint32_t cp;

	if (dotted && i < to && text[i] == '.')
		i++;
	while (i < to) {
		i += char_at(text, to, i, &cp);
		if (words_is_space(cp))
			continue;
		flags &= ~W_JOINED;
		if (opens_sentence(cp))
			flags |= W_SENTENCE;
	}
	return flags;
}

/* Append the word [start, end) of the text to the paragraph's words; 0 on
 * success. */
static int push_word(struct names *nm, size_t start, size_t end)
{
	const char *text = nm->article->text;
	struct word *w = reserve(nm->words, &nm->words_cap, nm->nwords + 1, sizeof *w);

	if (w == NULL)
		return -1;
	nm->words = w;
	w = &nm->words[nm->nwords];
	w->start = start;
	w->end = start + without_possessive(text + start, end - start);
	w->flags = classify(nm, text + start, w->end - start) | (w->end < end ? W_POSSESSIVE : 0);
	if (nm->nwords == 0) {
		w->flags |= W_SENTENCE;
	} else {
		const struct word *prev = w - 1;
		int dotted = (prev->flags & W_TITLE) ||
			     words_is_abbreviation(text + prev->start, prev->end - prev->start);

		w->flags |= gap_flags(text, prev->end, start, dotted);
	}
	nm->nwords++;
	return 0;
}

/* Read the words of paragraph p into nm->words; 0 on success. */
static int read_words(struct names *nm, const struct paragraph *p)
{
	const char *s = nm->article->text + p->start;
	size_t from = 0, ws, we;

	nm->nwords = 0;
	while (words_at_or_after(s, p->len, from, &ws, &we)) {
		if (push_word(nm, p->start + ws, p->start + we) != 0)
			return -1;
		from = we;
	}
	return 0;
}

/* Whether word i is the n bytes at w, ASCII case ignored. */
static int word_is(const struct names *nm, size_t i, const char *w, size_t n)
{
	const struct word *x = &nm->words[i];

	return compare_folded(nm->article->text + x->start, x->end - x->start, w, n) == 0;
}

/* Whether word i ends phrase (words one space apart), its words joined. */
static int phrase_ends_at(const struct names *nm, size_t i, const char *phrase)
{
	size_t n = strlen(phrase), k;

	for (;;) {
		for (k = n; k > 0 && phrase[k - 1] != ' '; k--)
			;
		if (!word_is(nm, i, phrase + k, n - k))
			return 0;
		if (k == 0)
			return 1;
		if (i == 0 || !(nm->words[i].flags & W_JOINED))
			return 0;
		i--;
		n = k - 1;
	}
}

/* Whether word i ends an entry of list. */
static int list_ends_at(const struct names *nm, size_t i, const char *const *list)
{
	for (; *list != NULL; list++)
		if (phrase_ends_at(nm, i, *list))
			return 1;
	return 0;
}

/* Whether word i leads to a speaker after it: "kata", "said", "menurut". */
static int verb_before_speaker(const struct names *nm, size_t i)
{
	return list_ends_at(nm, i, quotes_verbs_id) || list_ends_at(nm, i, quotes_verbs_en) ||
	       list_ends_at(nm, i, quotes_sources);
}

/* Whether word i follows its speaker: "mengatakan", "said". */
static int verb_after_speaker(const struct names *nm, size_t i)
{
	return list_ends_at(nm, i, quotes_verbs_id_after) || list_ends_at(nm, i, quotes_verbs_en);
}

/* Whether word i ends a source: "menurut", "according to". */
static int source_before_speaker(const struct names *nm, size_t i)
{
	return list_ends_at(nm, i, quotes_sources);
}

/* Whether word i is a place preposition: "di", "in". */
static int place_preposition(const struct names *nm, size_t i)
{
	return list_ends_at(nm, i, place_prepositions);
}

/* A test of word i. */
typedef int word_test(const struct names *nm, size_t i);

/* Whether the first mention of the run that starts at word i, its first
 * word at k, is led by a word that passes test: one in the run before k
 * ("Menurut Yoon"), or the word right before the run ("kata Menteri
 * Austin"). */
static int led_by(const struct names *nm, size_t i, size_t k, word_test *test)
{
	while (k > i)
		if (test(nm, --k))
			return 1;
	return i > 0 && (nm->words[i].flags & W_JOINED) && test(nm, i - 1);
}

/* Whether word i joins the run of capitalized words before it. */
static int continues_run(const struct names *nm, size_t i)
{
	const struct word *w = nm->words;

	if (!(w[i].flags & W_JOINED))
		return 0;
	if (w[i].flags & W_CAP)
		return 1;
	return (w[i - 1].flags & W_NAME) && i + 1 < nm->nwords && (w[i + 1].flags & W_NAME) &&
	       (w[i + 1].flags & W_JOINED) && list_ends_at(nm, i, quotes_particles);
}

/* Append the mention of the name words of words [k, end) with flags; 0 on
 * success. */
static int add_mention(struct names *nm, size_t k, size_t end, unsigned flags)
{
	struct mention *m = reserve(nm->mentions, &nm->mentions_cap, nm->nmentions + 1, sizeof *m);
	struct occ *occs;
	size_t i;

	if (m == NULL)
		return -1;
	nm->mentions = m;
	occs = reserve(nm->occs, &nm->occs_cap, nm->nocc + (end - k), sizeof *occs);
	if (occs == NULL)
		return -1;
	nm->occs = occs;
	m = &nm->mentions[nm->nmentions++];
	m->first = nm->nocc;
	m->count = 0;
	for (i = k; i < end; i++) {
		struct occ *o;

		if (!(nm->words[i].flags & W_NAME))
			continue;	/* a particle */
		o = &nm->occs[nm->nocc++];
		o->start = nm->words[i].start;
		o->end = nm->words[i].end;
		o->spelling = NONE;
		o->live = 1;
		m->count++;
	}
	m->flags = flags | (m->count >= 2 ? M_FULL : 0);
	return 0;
}

/* The end of the mention that begins at word k of the run [k, j): its
 * name words and the particles between them. */
static size_t mention_end(const struct names *nm, size_t k, size_t j)
{
	while (k < j && ((nm->words[k].flags & W_NAME) || !(nm->words[k].flags & W_CAP)))
		k++;
	return k;
}

/* Whether the text [from, to) is all spaces. */
static int only_spaces(const char *text, size_t from, size_t to)
{
	uint32_t cp;

	while (from < to) {
		from += char_at(text, to, from, &cp);
		if (!words_is_space(cp))
			return 0;
	}
	return 1;
}

/* Whether word i may begin a description of someone: a lowercase word
 * that does not go on with the sentence. */
static int describes(const struct names *nm, size_t i)
{
	const struct word *w = &nm->words[i];
	const char *s = nm->article->text + w->start;
	size_t n = w->end - w->start;
	uint32_t cp;

	char_at(s, n, 0, &cp);
	if (!is_lower(cp) || (n > 3 && memcmp(s + n - 3, "ing", 3) == 0))
		return 0;
	return !in_list(not_descriptions, s, n) && !verb_after_speaker(nm, i) &&
	       !verb_before_speaker(nm, i);
}

/* Whether a description follows the mention that ends before word end:
 * ", warga Ciawi", ", a spokesman". */
static int described_after(const struct names *nm, size_t end)
{
	const char *text = nm->article->text;
	size_t comma;

	if (end == 0 || end >= nm->nwords)
		return 0;
	comma = nm->words[end - 1].end;
	return comma < nm->words[end].start && text[comma] == ',' &&
	       only_spaces(text, comma + 1, nm->words[end].start) && describes(nm, end);
}

/* The M_ flags of the mention [k, end) of the run [i, j), the first of the
 * run if first; titles are the W_TITLE and W_ROLE flags of the words
 * before it in the run. */
static unsigned mention_flags(const struct names *nm, size_t i, size_t j, size_t k,
			      size_t end, int first, unsigned titles_before)
{
	unsigned flags = 0;

	if (titles_before & W_TITLE)
		flags |= M_TITLED;
	if (titles_before & W_ROLE)
		flags |= M_ROLE;
	if (nm->words[k].flags & W_SENTENCE)
		flags |= M_SENTENCE;
	if ((first && led_by(nm, i, k, verb_before_speaker)) ||
	    (end == j && j < nm->nwords && (nm->words[j].flags & W_JOINED) &&
	     verb_after_speaker(nm, j)))
		flags |= M_ATTRIBUTED;
	if (k == i && end == i + 1 && i > 0 && (nm->words[i].flags & W_JOINED) &&
	    place_preposition(nm, i - 1))
		flags |= M_PLACE;
	if (end == j && described_after(nm, end) &&
	    !(first && led_by(nm, i, k, source_before_speaker)))
		flags |= M_DESCRIBED;	/* "Menurut Darto, pasokan ..." describes nobody */
	return flags;
}

/* The W_TITLE and W_ROLE flags of a title before the run that starts at
 * word i and one or two lowercase words of a role between them, a title
 * that names nobody else: "Ketua RT setempat Slamet" (not "Presiden
 * Jokowi menyambut Xi"). */
static unsigned role_before(const struct names *nm, size_t i)
{
	size_t k = i, lower = 0;

	while (k > 0 && (nm->words[k].flags & W_JOINED) && !(nm->words[k - 1].flags & W_CAP)) {
		if (++lower > 2 || !describes(nm, k - 1))
			return 0;
		k--;
	}
	while (lower > 0 && k > 0 && (nm->words[k].flags & W_JOINED) &&
	       (nm->words[k - 1].flags & W_CAP) && !(nm->words[k - 1].flags & W_NAME)) {
		k--;
		if (nm->words[k].flags & W_TITLE)
			return nm->words[k].flags & (W_TITLE | W_ROLE);
	}
	return 0;
}

/* Whether the one-word mention [k, end) of the run that starts at word i
 * may end the name of a body or place: it follows a word of one
 * ("Samsung Electronics said", "Kantor Yun"), with no title before it in
 * the run ("Menteri Pertahanan AS Austin") and no possessive ("Korea's
 * Yun"). */
static int ends_body(const struct names *nm, size_t i, size_t k, size_t end,
		     unsigned titles_before)
{
	const struct word *before;

	if (end - k != 1 || k <= i)
		return 0;	/* past here k > i, so words[k - 1] exists */
	before = &nm->words[k - 1];
	return (before->flags & W_ORG) && !(before->flags & W_POSSESSIVE) &&
	       !(titles_before & W_TITLE);
}

/* Add the mentions of the run of words [i, j); 0 on success. */
static int read_run(struct names *nm, size_t i, size_t j)
{
	unsigned titles_before = role_before(nm, i), flags;
	size_t k = i, end;
	int first = 1;

	while (k < j) {
		if (!(nm->words[k].flags & W_NAME)) {
			titles_before |= nm->words[k++].flags & (W_TITLE | W_ROLE);
			continue;
		}
		end = mention_end(nm, k, j);
		flags = mention_flags(nm, i, j, k, end, first, titles_before);
		if (ends_body(nm, i, k, end, titles_before))
			flags &= ~M_ATTRIBUTED;	/* a body speaks, not a person */
		if (add_mention(nm, k, end, flags) != 0)
			return -1;
		first = 0;
		k = end;
	}
	return 0;
}

/* Add the mentions of the paragraph's words; 0 on success. */
static int read_runs(struct names *nm)
{
	size_t i = 0, j;

	while (i < nm->nwords) {
		if (!(nm->words[i].flags & W_CAP)) {
			i++;
			continue;
		}
		for (j = i + 1; j < nm->nwords && continues_run(nm, j); j++)
			;
		if (read_run(nm, i, j) != 0)
			return -1;
		i = j;
	}
	return 0;
}

/* Compare two keys for qsort: by their bytes, ASCII case ignored, then
 * index. */
static int compare_keys_folded(const void *x, const void *y)
{
	const struct key *a = x, *b = y;
	int c = compare_folded(a->s, a->n, b->s, b->n);

	return c != 0 ? c : a->index < b->index ? -1 : a->index > b->index;
}

/* The key among the sorted count equal to the n bytes at w (case
 * ignored), or NULL. */
static struct key *find_folded(struct key *keys, size_t count, const char *w, size_t n)
{
	size_t lo = 0, hi = count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = compare_folded(keys[mid].s, keys[mid].n, w, n);

		if (c == 0)
			return &keys[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Mark the keys equal to a lowercase word of the article. */
static void see_lowercase_words(const struct names *nm, struct key *keys, size_t count)
{
	const struct article *a = nm->article;
	size_t i, from, ws, we;
	uint32_t cp;

	for (i = 0; i < a->count; i++) {
		const char *s = a->text + a->paragraphs[i].start;
		size_t len = a->paragraphs[i].len;
		struct key *k;

		for (from = 0; words_at_or_after(s, len, from, &ws, &we); from = we) {
			char_at(s, we, ws, &cp);
			if (is_lower(cp) && (k = find_folded(keys, count, s + ws, we - ws)) != NULL)
				k->seen |= KEY_LOWERCASE;
		}
	}
}

/* Mark the keys equal to a word of a name that does not begin a sentence. */
static void see_names(const struct names *nm, struct key *keys, size_t count)
{
	const char *text = nm->article->text;
	size_t i, k;
	struct key *key;

	for (i = 0; i < nm->nmentions; i++) {
		const struct mention *m = &nm->mentions[i];

		for (k = m->first + (m->flags & M_SENTENCE ? 1 : 0); k < m->first + m->count; k++) {
			key = find_folded(keys, count, text + nm->occs[k].start,
					  nm->occs[k].end - nm->occs[k].start);
			if (key != NULL)
				key->seen |= KEY_NAMED;
		}
	}
}

/* Drop the one-word mention m. */
static void drop_mention(struct names *nm, struct mention *m)
{
	nm->occs[m->first].live = 0;
	m->count = 0;
}

/* Drop the one-word mentions that begin a sentence when the article also
 * writes them in lowercase ("Serangan itu" and "serangan"), unless they
 * are names elsewhere ("kata Putri" and "putri"); 0 on success.  A longer
 * run stays a name: "Putri Rahayu", though also "putri". */
static int drop_common_words(struct names *nm)
{
	struct key *keys;
	size_t i, count = 0, run;

	keys = malloc((nm->nmentions ? nm->nmentions : 1) * sizeof *keys);
	if (keys == NULL)
		return -1;
	for (i = 0; i < nm->nmentions; i++) {
		const struct mention *m = &nm->mentions[i];
		const struct occ *o = &nm->occs[m->first];

		if ((m->flags & M_SENTENCE) && m->count == 1)
			keys[count++] = (struct key){ nm->article->text + o->start,
						      o->end - o->start, i, 0 };
	}
	qsort(keys, count, sizeof *keys, compare_keys_folded);
	see_lowercase_words(nm, keys, count);
	see_names(nm, keys, count);
	for (i = 0; i < count; i = run) {
		unsigned seen = 0;
		size_t k;

		for (run = i; run < count && compare_folded(keys[run].s, keys[run].n, keys[i].s,
							     keys[i].n) == 0; run++)
			seen |= keys[run].seen;
		for (k = i; seen == KEY_LOWERCASE && k < run; k++)
			drop_mention(nm, &nm->mentions[keys[k].index]);
	}
	free(keys);
	return 0;
}

/* Read every paragraph's mentions; 0 on success. */
static int read_mentions(struct names *nm)
{
	size_t i;

	for (i = 0; i < nm->article->count; i++)
		if (read_words(nm, &nm->article->paragraphs[i]) != 0 || read_runs(nm) != 0)
			return -1;
	return drop_common_words(nm);
}

/* Compare two keys for qsort: by their bytes, then index (text order). */
static int compare_keys(const void *x, const void *y)
{
	const struct key *a = x, *b = y;
	int c = memcmp(a->s, b->s, a->n < b->n ? a->n : b->n);

	if (c != 0)
		return c;
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

/* Whether spelling x is the n bytes at s. */
static int spelled(const struct spelling *x, const char *s, size_t n)
{
	return x->n == n && memcmp(x->s, s, n) == 0;
}

/* Give every live word its spelling: nm->spellings, sorted by their bytes,
 * and nm->by_spelling; 0 on success. */
static int spell(struct names *nm)
{
	struct key *keys;
	size_t i, n = 0;

	keys = malloc((nm->nocc ? nm->nocc : 1) * sizeof *keys);
	nm->by_spelling = malloc((nm->nocc ? nm->nocc : 1) * sizeof *nm->by_spelling);
	nm->spellings = malloc((nm->nocc ? nm->nocc : 1) * sizeof *nm->spellings);
	if (keys == NULL || nm->by_spelling == NULL || nm->spellings == NULL) {
		free(keys);
		return -1;
	}
	for (i = 0; i < nm->nocc; i++)
		if (nm->occs[i].live)
			keys[n++] = (struct key){ nm->article->text + nm->occs[i].start,
						  nm->occs[i].end - nm->occs[i].start, i, 0 };
	qsort(keys, n, sizeof *keys, compare_keys);
	for (i = 0; i < n; i++) {
		struct spelling *x = &nm->spellings[nm->nspellings];

		if (nm->nspellings == 0 || !spelled(x - 1, keys[i].s, keys[i].n)) {
			memset(x, 0, sizeof *x);
			x->s = keys[i].s;
			x->n = keys[i].n;
			x->first = keys[i].index;
			x->by_first = i;
			x->parent = nm->nspellings++;
		}
		nm->spellings[nm->nspellings - 1].by_count++;
		nm->occs[keys[i].index].spelling = nm->nspellings - 1;
		nm->by_spelling[i] = keys[i].index;
	}
	free(keys);
	return 0;
}

/* The S_ flag a word of mention m gives its spelling. */
static unsigned use_of(const struct mention *m)
{
	if (m->flags & M_BLOCK)
		return S_BLOCK;
	if (m->flags & M_FULL)
		return S_FULL;
	if (m->flags & M_PLACE)
		return S_PLACE;
	return m->flags & (M_TITLED | M_ATTRIBUTED) ? S_STRONG : S_WEAK;
}

/* Count each spelling's live words and note how it is used. */
static void tally(struct names *nm)
{
	size_t i, k;

	for (i = 0; i < nm->nspellings; i++) {
		nm->spellings[i].count = 0;
		nm->spellings[i].flags = 0;
		nm->spellings[i].first = NONE;
	}
	for (i = 0; i < nm->nmentions; i++) {
		const struct mention *m = &nm->mentions[i];

		for (k = m->first; k < m->first + m->count; k++) {
			struct spelling *x = &nm->spellings[nm->occs[k].spelling];

			x->count++;
			x->flags |= use_of(m);
			if (x->first == NONE)
				x->first = k;
		}
	}
}

/* The spelling that is the n bytes at s, or NONE. */
static size_t find_spelling(const struct names *nm, const char *s, size_t n)
{
	size_t lo = 0, hi = nm->nspellings;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct spelling *x = &nm->spellings[mid];
		int c = memcmp(x->s, s, x->n < n ? x->n : n);

		if (c == 0 && x->n == n)
			return mid;
		if (c < 0 || (c == 0 && x->n < n))
			lo = mid + 1;
		else
			hi = mid;
	}
	return NONE;
}

/* Whether spellings a and b look like one name (names_alike). */
static int spellings_alike(const struct names *nm, size_t a, size_t b, size_t shortest)
{
	const struct spelling *x = &nm->spellings[a], *y = &nm->spellings[b];

	return a != b && names_alike(x->s, x->n, y->s, y->n, shortest);
}

/* What to do with a spelling alike another. */
typedef void alike_fn(struct names *nm, size_t a, size_t b, void *ctx);

/* Call fn(nm, a, b, ctx) for every spelling b that looks like spelling a:
 * those of its first letter (neighbours in the sorted spellings), and its
 * romanizations of another first letter. */
static void each_alike(struct names *nm, size_t a, size_t shortest, alike_fn *fn, void *ctx)
{
	const struct spelling *x = &nm->spellings[a];
	uint32_t first, cp;
	size_t b, k, len = char_at(x->s, x->n, 0, &first);

	for (b = a; b-- > 0 && nm->spellings[b].n >= len &&
		    memcmp(nm->spellings[b].s, x->s, len) == 0;)
		if (spellings_alike(nm, a, b, shortest))
			fn(nm, a, b, ctx);
	for (b = a + 1; b < nm->nspellings && nm->spellings[b].n >= len &&
			memcmp(nm->spellings[b].s, x->s, len) == 0; b++)
		if (spellings_alike(nm, a, b, shortest))
			fn(nm, a, b, ctx);
	for (k = 0; k < 2 * COUNT(romanizations); k++) {
		const char *r = romanizations[k / 2][k % 2], *other = romanizations[k / 2][1 - k % 2];

		char_at(other, strlen(other), 0, &cp);
		if (cp != first && spelled(x, r, strlen(r)) &&
		    (b = find_spelling(nm, other, strlen(other))) != NONE)
			fn(nm, a, b, ctx);
	}
}

/* Compare two full names by length, then spellings, leaving out word
 * a->mask. */
static int sequence_order(const struct sequence *a, const struct sequence *b)
{
	const struct mention *ma = &a->nm->mentions[a->mention];
	const struct mention *mb = &b->nm->mentions[b->mention];
	size_t k;

	if (ma->count != mb->count)
		return ma->count < mb->count ? -1 : 1;
	for (k = 0; k < ma->count; k++) {
		size_t sa = a->nm->occs[ma->first + k].spelling;
		size_t sb = b->nm->occs[mb->first + k].spelling;

		if (k != a->mask && sa != sb)
			return sa < sb ? -1 : 1;
	}
	return 0;
}

/* Compare two full names for qsort: sequence_order, then text order. */
static int compare_sequences(const void *x, const void *y)
{
	const struct sequence *a = x, *b = y;
	int c = sequence_order(a, b);

	return c != 0 ? c : a->mention < b->mention ? -1 : a->mention > b->mention;
}

/* The full names of the article, sorted: a new array in *out and its
 * length in *count; 0 on success. */
static int full_names(const struct names *nm, struct sequence **out, size_t *count)
{
	size_t i, n = 0;

	*out = malloc((nm->nmentions ? nm->nmentions : 1) * sizeof **out);
	if (*out == NULL)
		return -1;
	for (i = 0; i < nm->nmentions; i++)
		if (nm->mentions[i].flags & M_FULL)
			(*out)[n++] = (struct sequence){ nm, i, NONE };
	qsort(*out, n, sizeof **out, compare_sequences);
	*count = n;
	return 0;
}

/* The end of the run of full names equal to seqs[i] among count. */
static size_t same_run(const struct sequence *seqs, size_t count, size_t i)
{
	size_t j = i + 1;

	while (j < count && sequence_order(&seqs[i], &seqs[j]) == 0)
		j++;
	return j;
}

/* Note in *ctx that spelling b, alike a, is used alone. */
static void note_used_alone(struct names *nm, size_t a, size_t b, void *ctx)
{
	(void)a;
	if (nm->spellings[b].flags & (S_STRONG | S_WEAK))
		*(int *)ctx = 1;
}

/* Whether a short name picks a word of full name m out: the same spelling
 * after a title or as a speaker, or one alike it used alone. */
static int picked_out(struct names *nm, const struct mention *m)
{
	size_t k;
	int found = 0;

	for (k = m->first; k < m->first + m->count && !found; k++) {
		size_t s = nm->occs[k].spelling;

		found = (nm->spellings[s].flags & S_STRONG) != 0;
		each_alike(nm, s, SHORTEST_ALONE, note_used_alone, &found);
	}
	return found;
}

/* Mark the blocks: full names used twice or more, word for word, that no
 * short name picks out; their first mentions (one per block) in blocks,
 * their count in *count. */
static void mark_blocks(struct names *nm, const struct sequence *seqs, size_t n,
			size_t *blocks, size_t *count)
{
	size_t i, j, k;

	*count = 0;
	for (i = 0; i < n; i = j) {
		j = same_run(seqs, n, i);
		if (j - i < 2 || picked_out(nm, &nm->mentions[seqs[i].mention]))
			continue;
		blocks[(*count)++] = seqs[i].mention;
		for (k = i; k < j; k++)
			nm->mentions[seqs[k].mention].flags |= M_BLOCK;
	}
}

/* Whether block b is words [at, at + its length) of mention m. */
static int block_at(const struct names *nm, const struct mention *m, size_t at,
		    const struct mention *b)
{
	size_t k;

	for (k = 0; k < b->count; k++)
		if (nm->occs[m->first + at + k].spelling != nm->occs[b->first + k].spelling)
			return 0;
	return 1;
}

/* The length of the longest block shorter than mention m that begins it
 * (at_end 0) or ends it (at_end 1); 0 when none does. */
static size_t block_edge(const struct names *nm, const struct mention *m,
			 const size_t *blocks, size_t count, int at_end)
{
	size_t i, longest = 0;

	for (i = 0; i < count; i++) {
		const struct mention *b = &nm->mentions[blocks[i]];

		if (b->count < m->count && b->count > longest &&
		    block_at(nm, m, at_end ? m->count - b->count : 0, b))
			longest = b->count;
	}
	return longest;
}

/* Cut the blocks off both ends of mention m: "Korea Selatan Yun Suk Yeol"
 * is "Yun Suk Yeol" when "Korea Selatan" is a block. */
static void strip_blocks(struct names *nm, struct mention *m, const size_t *blocks,
			 size_t count)
{
	size_t k, head = block_edge(nm, m, blocks, count, 0), tail;

	for (k = 0; k < head; k++)
		nm->occs[m->first + k].live = 0;
	m->first += head;
	m->count -= head;
	tail = block_edge(nm, m, blocks, count, 1);
	for (k = m->count - tail; k < m->count; k++)
		nm->occs[m->first + k].live = 0;
	m->count -= tail;
	if (m->count < 2)
		m->flags &= ~M_FULL;
}

/* Find the blocks and cut them off longer names; 0 on success. */
static int find_blocks(struct names *nm)
{
	struct sequence *seqs;
	size_t n, count, i, *blocks;

	tally(nm);
	if (full_names(nm, &seqs, &n) != 0)
		return -1;
	blocks = malloc((n ? n : 1) * sizeof *blocks);
	if (blocks == NULL) {
		free(seqs);
		return -1;
	}
	mark_blocks(nm, seqs, n, blocks, &count);
	for (i = 0; i < nm->nmentions; i++)
		if ((nm->mentions[i].flags & (M_FULL | M_BLOCK)) == M_FULL)
			strip_blocks(nm, &nm->mentions[i], blocks, count);
	free(blocks);
	free(seqs);
	tally(nm);
	return 0;
}

/* The spelling that stands for the name spelling a is one of. */
static size_t root(struct names *nm, size_t a)
{
	while (nm->spellings[a].parent != a) {
		nm->spellings[a].parent = nm->spellings[nm->spellings[a].parent].parent;
		a = nm->spellings[a].parent;
	}
	return a;
}

/* Make spellings a and b one name. */
static void join(struct names *nm, size_t a, size_t b)
{
	nm->spellings[root(nm, a)].parent = root(nm, b);
}

/* Join the words at position mask of full names a and b, equal but for
 * it, when they look alike and are not each used alone (two people). */
static void join_in_full(struct names *nm, const struct sequence *a, const struct sequence *b)
{
	size_t sa = nm->occs[nm->mentions[a->mention].first + a->mask].spelling;
	size_t sb = nm->occs[nm->mentions[b->mention].first + b->mask].spelling;
	unsigned both = nm->spellings[sa].flags & nm->spellings[sb].flags;

	if (!(both & S_STRONG) && spellings_alike(nm, sa, sb, SHORTEST_IN_FULL))
		join(nm, sa, sb);
}

/* Join the words of the distinct full names reps (n of them, each with its
 * mask) that differ from another in word mask only. */
static void join_at(struct names *nm, struct sequence *reps, size_t n)
{
	size_t i, j, a, b;

	qsort(reps, n, sizeof *reps, compare_sequences);
	for (i = 0; i < n; i = j) {
		j = same_run(reps, n, i);
		for (a = i; a < j; a++)
			for (b = a + 1; b < j; b++)
				join_in_full(nm, &reps[a], &reps[b]);
	}
}

/* Join the words that two full names, equal but for one word, spell
 * alike: "Joko Widodo" and "Djoko Widodo"; 0 on success. */
static int join_full_names(struct names *nm)
{
	struct sequence *seqs, *reps;
	size_t n, i, j, count = 0, longest = 0, mask;

	if (full_names(nm, &seqs, &n) != 0)
		return -1;
	reps = malloc((n ? n : 1) * sizeof *reps);
	if (reps == NULL) {
		free(seqs);
		return -1;
	}
	for (i = 0; i < n; i = j) {
		j = same_run(seqs, n, i);
		seqs[count++] = seqs[i];
		if (nm->mentions[seqs[i].mention].count > longest)
			longest = nm->mentions[seqs[i].mention].count;
	}
	for (mask = 0; mask < longest; mask++) {
		size_t m = 0;

		for (i = 0; i < count; i++)
			if (nm->mentions[seqs[i].mention].count > mask)
				reps[m++] = (struct sequence){ nm, seqs[i].mention, mask };
		join_at(nm, reps, m);
	}
	free(reps);
	free(seqs);
	return 0;
}

/* Whether spelling a is only used alone, and not as a place. */
static int alone(const struct names *nm, size_t a)
{
	unsigned flags = nm->spellings[a].flags;

	return (flags & (S_STRONG | S_WEAK)) && !(flags & (S_FULL | S_BLOCK | S_PLACE));
}

/* The full-name spelling a short name looks like: the first found, and
 * whether another person's spelling looks like it too. */
struct full_match {
	size_t found;
	int ambiguous;
};

/* Note in ctx (a struct full_match) spelling b of a full name. */
static void note_full(struct names *nm, size_t a, size_t b, void *ctx)
{
	struct full_match *match = ctx;

	(void)a;
	if (!(nm->spellings[b].flags & S_FULL))
		return;
	if (match->found == NONE)
		match->found = b;
	else if (root(nm, match->found) != root(nm, b))
		match->ambiguous = 1;
}

/* Join each short name to the word of the one full name it looks like:
 * "kata Yoon" and "Yun Suk Yeol". */
static void join_short_names(struct names *nm)
{
	size_t a;

	for (a = 0; a < nm->nspellings; a++) {
		struct full_match match = { NONE, 0 };

		if (!alone(nm, a))
			continue;
		each_alike(nm, a, SHORTEST_ALONE, note_full, &match);
		if (match.found != NONE && !match.ambiguous)
			join(nm, a, match.found);
	}
}

/* Join spellings a and b when b is only used alone too. */
static void join_alone(struct names *nm, size_t a, size_t b, void *ctx)
{
	(void)ctx;
	if (alone(nm, b))
		join(nm, a, b);
}

/* Join the short names that look alike and no full name spells, when one
 * is a speaker or follows a title: "kata Yoon" and "Yun juga". */
static void join_lone_names(struct names *nm)
{
	size_t a;

	for (a = 0; a < nm->nspellings; a++)
		if (alone(nm, a) && (nm->spellings[a].flags & S_STRONG))
			each_alike(nm, a, SHORTEST_ALONE, join_alone, NULL);
}

/* Whether spelling a is used more than spelling b: more often, or as often
 * and first. */
static int used_more(const struct names *nm, size_t a, size_t b)
{
	const struct spelling *x = &nm->spellings[a], *y = &nm->spellings[b];

	return x->count != y->count ? x->count > y->count : x->first < y->first;
}

/* The live word of spelling a at position *i of its words in by_spelling
 * (moved past the dead ones), or NONE when there are no more. */
static size_t next_word(const struct names *nm, size_t a, size_t *i)
{
	const struct spelling *x;

	if (a == NONE)
		return NONE;
	x = &nm->spellings[a];
	while (*i < x->by_count && !nm->occs[nm->by_spelling[x->by_first + *i]].live)
		(*i)++;
	return *i < x->by_count ? nm->by_spelling[x->by_first + *i] : NONE;
}

/* Add to finding f the words of spellings a and b (NONE for none) in text
 * order, but word own (its first place); 0 on success. */
static int add_places(const struct names *nm, struct finding *f, size_t own, size_t a,
		      size_t b)
{
	size_t i = 0, j = 0, wa, wb, w;

	for (;;) {
		wa = next_word(nm, a, &i);
		wb = next_word(nm, b, &j);
		if (wa == NONE && wb == NONE)
			return 0;
		if (wb == NONE || (wa != NONE && wa < wb)) {
			w = wa;
			i++;
		} else {
			w = wb;
			j++;
		}
		if (w != own && finding_add_place(f, nm->occs[w].start, nm->occs[w].end) != 0)
			return -1;
	}
}

/* How many times: "once", "2 times", into out (size bytes). */
static const char *times(size_t count, char *out, size_t size)
{
	if (count == 1)
		return "once";
	snprintf(out, size, "%zu times", count);
	return out;
}

/* Report spelling v as a variant of spelling m; 0 on success. */
static int report_variant(const struct names *nm, size_t v, size_t m, struct findings *out)
{
	const struct spelling *x = &nm->spellings[v], *y = &nm->spellings[m];
	const struct occ *o = &nm->occs[x->first];
	char message[512], replacement[NAMES_WORD_MAX + 1], tm[32], tv[32];
	struct finding *f;

	snprintf(message, sizeof message,
		 "\"%.*s\" and \"%.*s\" look like one name spelled two ways; "
		 "\"%.*s\" is used %s, \"%.*s\" %s",
		 (int)x->n, x->s, (int)y->n, y->s, (int)y->n, y->s,
		 times(y->count, tm, sizeof tm), (int)x->n, x->s, times(x->count, tv, sizeof tv));
	memcpy(replacement, y->s, y->n);
	replacement[y->n] = '\0';
	f = findings_add(out, FINDING_NAME, o->start, o->end, message, replacement);
	if (f == NULL)
		return -1;
	return add_places(nm, f, x->first, v, m);
}

/* Report every spelling of a name but the one used most; 0 on success. */
static int report_variants(struct names *nm, struct findings *out)
{
	size_t *best = malloc((nm->nspellings ? nm->nspellings : 1) * sizeof *best);
	size_t a, r;
	int failed = 0;

	if (best == NULL)
		return -1;
	for (a = 0; a < nm->nspellings; a++)
		best[a] = NONE;
	for (a = 0; a < nm->nspellings; a++) {
		r = root(nm, a);
		if (nm->spellings[a].count > 0 && (best[r] == NONE || used_more(nm, a, best[r])))
			best[r] = a;
	}
	for (a = 0; a < nm->nspellings && !failed; a++) {
		r = root(nm, a);
		if (nm->spellings[a].count > 0 && best[r] != a)
			failed = report_variant(nm, a, best[r], out) != 0;
	}
	free(best);
	return failed ? -1 : 0;
}

/* Report the speaker word w that nobody introduced; 0 on success. */
static int report_unintroduced(const struct names *nm, size_t w, struct findings *out)
{
	const struct occ *o = &nm->occs[w];
	char message[256];
	struct finding *f;

	snprintf(message, sizeof message,
		 "\"%.*s\" is not introduced: no full name before it in the article",
		 (int)(o->end - o->start), nm->article->text + o->start);
	f = findings_add(out, FINDING_NAME, o->start, o->end, message, NULL);
	if (f == NULL)
		return -1;
	return add_places(nm, f, w, o->spelling, NONE);
}

/* Note in intro, for each name, where it is first introduced: by a full
 * name, after a title that says who it is, or before a description. */
static void note_introductions(struct names *nm, size_t *intro)
{
	size_t i, k, r;

	for (i = 0; i < nm->nspellings; i++)
		intro[i] = NONE;
	for (i = 0; i < nm->nmentions; i++) {
		const struct mention *m = &nm->mentions[i];

		if (m->count == 0 || (m->flags & M_BLOCK) ||
		    !(m->flags & (M_FULL | M_ROLE | M_DESCRIBED)))
			continue;
		for (k = m->first; k < m->first + m->count; k++) {
			r = root(nm, nm->occs[k].spelling);
			if (intro[r] == NONE || nm->occs[k].start < intro[r])
				intro[r] = nm->occs[k].start;
		}
	}
}

/* Whether mention m is a short name as a speaker, with no title or
 * description that says who it is: "kata Austin". */
static int lone_speaker(const struct names *nm, const struct mention *m)
{
	return m->count == 1 && (m->flags & M_ATTRIBUTED) && !(m->flags & (M_ROLE | M_DESCRIBED)) &&
	       !(nm->spellings[nm->occs[m->first].spelling].flags & S_PLACE);
}

/* Whether name a was introduced before byte at. */
static int introduced(struct names *nm, size_t a, const size_t *intro, size_t at)
{
	size_t r = root(nm, a);

	return intro[r] != NONE && intro[r] < at;
}

/* Whether speaker word w begins with a word of a full name introduced
 * before it, three bytes or more: "Jokowi" after "Joko Widodo". */
static int nickname(struct names *nm, size_t w, const size_t *intro)
{
	const struct occ *o = &nm->occs[w];
	const char *s = nm->article->text + o->start;
	size_t n = o->end - o->start, len, a;
	uint32_t cp;

	for (len = char_at(s, n, 0, &cp); len < n; len += char_at(s, n, len, &cp)) {
		a = len >= 3 ? find_spelling(nm, s, len) : NONE;
		if (a != NONE && (nm->spellings[a].flags & S_FULL) &&
		    introduced(nm, a, intro, o->start))
			return 1;
	}
	return 0;
}

/* Report, once per name, the first speaker's short name that no full name
 * introduced before it; 0 on success. */
static int report_strangers(struct names *nm, struct findings *out)
{
	size_t *intro = malloc((nm->nspellings ? nm->nspellings : 1) * sizeof *intro);
	unsigned char *done = calloc(nm->nspellings ? nm->nspellings : 1, 1);
	size_t i, w, r;
	int failed = intro == NULL || done == NULL;

	if (!failed)
		note_introductions(nm, intro);
	for (i = 0; i < nm->nmentions && !failed; i++) {
		if (!lone_speaker(nm, &nm->mentions[i]))
			continue;
		w = nm->mentions[i].first;
		r = root(nm, nm->occs[w].spelling);
		if (done[r] || introduced(nm, r, intro, nm->occs[w].start) ||
		    nickname(nm, w, intro))
			continue;
		done[r] = 1;
		failed = report_unintroduced(nm, w, out) != 0;
	}
	free(intro);
	free(done);
	return failed ? -1 : 0;
}

/* Free what the check allocated. */
static void names_free(struct names *nm)
{
	free(nm->words);
	free(nm->occs);
	free(nm->mentions);
	free(nm->spellings);
	free(nm->by_spelling);
}

/* Read the names of the article and report what is wrong with them; 0 on
 * success, -1 when out of memory. */
static int check(struct names *nm, struct findings *out)
{
	if (read_mentions(nm) != 0 || spell(nm) != 0 || find_blocks(nm) != 0 ||
	    join_full_names(nm) != 0)
		return -1;
	join_short_names(nm);
	join_lone_names(nm);
	return report_variants(nm, out) != 0 || report_strangers(nm, out) != 0 ? -1 : 0;
}

enum tanda_status check_names(const struct article *article, const struct check_options *options,
			      struct findings *out, struct tanda_error *err)
{
	struct names nm;
	int failed;

	memset(&nm, 0, sizeof nm);
	nm.article = article;
	nm.english = strcmp(check_language(article, options), "en") == 0;
	failed = check(&nm, out) != 0;
	names_free(&nm);
	if (failed)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory checking names",
				  article->name);
	return TANDA_OK;
}
