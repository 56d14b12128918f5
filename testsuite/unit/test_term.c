/*
** test_term.c — compile-time terms: constructors and normalisation,
** accessors, term order, and printing.
**
** Every expected printed form was produced by erl (OTP 25) with
** io:format("~w") unless a comment says otherwise; "erl:" comments give
** the expression.
*/
#include <inttypes.h>
#include <stdarg.h>
#include <string.h>

#include "term.h"
#include "unit.h"

static Arena *A;

static void setup(void) { A = arena_new(); }
static void teardown(void) { arena_free(A); }

/* ---------------------------------------------------------------------
** Builders and capture
*/

static CTerm *I(int64_t v) { return cterm_int(A, v); }
static CTerm *F(double v) { return cterm_float(A, v); }
static CTerm *At(const char *s) { return cterm_atom(A, s, strlen(s)); }
static CTerm *Nil(void) { return cterm_nil(A); }
static CTerm *Fun(const char *m, const char *f, uint32_t arity) { return cterm_export(A, At(m), At(f), arity); }

/* An integer of any size from its decimal text. */
static CTerm *D(const char *s) {
  CTerm *t = cterm_int_from_decimal(A, s, strlen(s));
  ck_assert_ptr_nonnull(t);
  return t;
}

static CTerm *T(int n, ...) {
  va_list ap;
  va_start(ap, n);
  CTerm *t = cterm_tuple(A, (uint32_t)n);
  for (int i = 0; i < n; i++) t->u.tuple.elems[i] = va_arg(ap, CTerm *);
  va_end(ap);
  return t;
}

/* [e1,...,en|tail] */
static CTerm *Lt(CTerm *tail, int n, ...) {
  va_list ap;
  va_start(ap, n);
  CTerm *elems[64];
  for (int i = 0; i < n; i++) elems[i] = va_arg(ap, CTerm *);
  va_end(ap);
  for (int i = n; i-- > 0;) tail = cterm_cons(A, elems[i], tail);
  return tail;
}

#define L(...) Lt(Nil(), __VA_ARGS__)

/* #{k1 => v1, ...} from n pairs. */
static CTerm *M(int n, ...) {
  va_list ap;
  va_start(ap, n);
  CTerm *m = cterm_map(A, (uint32_t)n);
  for (int i = 0; i < n; i++) {
    m->u.map.keys[i] = va_arg(ap, CTerm *);
    m->u.map.vals[i] = va_arg(ap, CTerm *);
  }
  va_end(ap);
  return m;
}

static CTerm *Bin(const char *bytes, uint64_t bits) { return cterm_binary(A, (const uint8_t *)bytes, bits); }

/* Runs a printer into a temporary file and returns what it wrote. */
static const char *capture_end(FILE *f) {
  long n = ftell(f);
  ck_assert_int_ge(n, 0);
  char *s = arena_alloc(A, (size_t)n + 1);
  rewind(f);
  ck_assert_uint_eq(fread(s, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  return s;
}

static FILE *capture_start(void) {
  FILE *f = tmpfile();
  ck_assert_ptr_nonnull(f);
  return f;
}

static const char *show(const CTerm *t) {
  FILE *f = capture_start();
  cterm_print(f, t);
  return capture_end(f);
}

static const char *show_float(double v) {
  FILE *f = capture_start();
  cterm_print_float(f, v);
  return capture_end(f);
}

static const char *show_atom(const char *name, size_t len) {
  FILE *f = capture_start();
  cterm_print_atom(f, name, len);
  return capture_end(f);
}

static const char *show_string(const char *s, size_t len) {
  FILE *f = capture_start();
  cterm_print_string(f, (const uint8_t *)s, len);
  return capture_end(f);
}

static double from_bits(uint64_t bits) {
  double v;
  memcpy(&v, &bits, sizeof v);
  return v;
}

#define S(lit) lit, sizeof(lit) - 1

/* ---------------------------------------------------------------------
** Floats
*/

/* Bit patterns and erl's ~w of them.  Produced by
**   io:format("{UINT64_C(0x~16.16.0B), \"~w\"},~n", [Bits, F])
** over: hand-picked values (1.0, 0.1, 3.0e300, 1.0e-10, -0.0, 123456789.0,
** 1.0e15, 1.0e16, 0.0001, 1.0e-5, 1200.0, 2^53 and its neighbours, the
** smallest subnormal, the largest double ...), math:pow(2, K) for K in
** lists:seq(-1074, 1023, 37) and a few more, the neighbours of some powers
** of two (lopsided rounding intervals), and pseudo-random doubles from
** rand:seed(exsss, {1,2,3}). */
static const struct {
  uint64_t bits;
  const char *text;
} floats[] = {
    {UINT64_C(0x3FF0000000000000), "1.0"},
    {UINT64_C(0x3FB999999999999A), "0.1"},
    {UINT64_C(0x7E51EB2D66005835), "3.0e300"},
    {UINT64_C(0x3DDB7CDFD9D7BDBB), "1.0e-10"},
    {UINT64_C(0x8000000000000000), "-0.0"},
    {UINT64_C(0x0000000000000000), "0.0"},
    {UINT64_C(0x419D6F3454000000), "123456789.0"},
    {UINT64_C(0x430C6BF526340000), "1.0e15"},
    {UINT64_C(0x4341C37937E08000), "1.0e16"},
    {UINT64_C(0x444B1AE4D6E2EF50), "1.0e21"},
    {UINT64_C(0x4480F0CF064DD592), "1.0e22"},
    {UINT64_C(0x44B52D02C7E14AF6), "1.0e23"},
    {UINT64_C(0x3F50624DD2F1A9FC), "0.001"},
    {UINT64_C(0x3F1A36E2EB1C432D), "0.0001"},
    {UINT64_C(0x3EE4F8B588E368F1), "1.0e-5"},
    {UINT64_C(0x3EEF75104D551D69), "1.5e-5"},
    {UINT64_C(0x4059000000000000), "100.0"},
    {UINT64_C(0x408F400000000000), "1.0e3"},
    {UINT64_C(0x4092C00000000000), "1.2e3"},
    {UINT64_C(0x412E848000000000), "1.0e6"},
    {UINT64_C(0x3F1F75104D551D69), "1.2e-4"},
    {UINT64_C(0x3F53A92A30553261), "0.0012"},
    {UINT64_C(0x0000000000000001), "5.0e-324"},
    {UINT64_C(0x0000000000000002), "1.0e-323"},
    {UINT64_C(0x0010000000000000), "2.2250738585072014e-308"},
    {UINT64_C(0x000FFFFFFFFFFFFF), "2.225073858507201e-308"},
    {UINT64_C(0x7FEFFFFFFFFFFFFF), "1.7976931348623157e308"},
    {UINT64_C(0x433FFFFFFFFFFFFF), "9007199254740991.0"},
    {UINT64_C(0x4340000000000000), "9.007199254740992e15"},
    {UINT64_C(0x4340000000000001), "9.007199254740994e15"},
    {UINT64_C(0x4330000000000000), "4503599627370496.0"},
    {UINT64_C(0x43118B54F22AEB00), "1234567890123456.0"},
    {UINT64_C(0x437B69B4BA630F35), "1.2345678901234568e17"},
    {UINT64_C(0x3FD3333333333333), "0.3"},
    {UINT64_C(0x3FE5555555555555), "0.6666666666666666"},
    {UINT64_C(0x3FD5555555555555), "0.3333333333333333"},
    {UINT64_C(0xBFF8000000000000), "-1.5"},
    {UINT64_C(0xC12E848000000000), "-1.0e6"},
    {UINT64_C(0x4004000000000000), "2.5"},
    {UINT64_C(0x54B249AD2594C37D), "1.0e100"},
    {UINT64_C(0x41B1DE784A000000), "299792458.0"},
    {UINT64_C(0x44DFE185CA57C517), "6.02214076e23"},
    {UINT64_C(0x3C07A4DA290C1653), "1.602176634e-19"},
    {UINT64_C(0x400921FB54442D18), "3.141592653589793"},
    {UINT64_C(0x4005BF0A8B145769), "2.718281828459045"},
    {UINT64_C(0x0000002000000000), "6.7903865311e-313"},
    {UINT64_C(0x0170000000000000), "9.332636185032189e-302"},
    {UINT64_C(0x03C0000000000000), "1.2826677504057426e-290"},
    {UINT64_C(0x0610000000000000), "1.7628851326804976e-279"},
    {UINT64_C(0x0860000000000000), "2.4228908772695546e-268"},
    {UINT64_C(0x0AB0000000000000), "3.329995865487836e-257"},
    {UINT64_C(0x0D00000000000000), "4.5767114681873503e-246"},
    {UINT64_C(0x0F50000000000000), "6.290184345309701e-235"},
    {UINT64_C(0x11A0000000000000), "8.645163535653227e-224"},
    {UINT64_C(0x13F0000000000000), "1.188182228934475e-212"},
    {UINT64_C(0x1640000000000000), "1.6330252207878255e-201"},
    {UINT64_C(0x1890000000000000), "2.2444127733846047e-190"},
    {UINT64_C(0x1AE0000000000000), "3.084697427331692e-179"},
    {UINT64_C(0x1D30000000000000), "4.239575861902385e-168"},
    {UINT64_C(0x1F80000000000000), "5.826828696250162e-157"},
    {UINT64_C(0x21D0000000000000), "8.008332380732404e-146"},
    {UINT64_C(0x2420000000000000), "1.1006568214637918e-134"},
    {UINT64_C(0x2670000000000000), "1.512731216738015e-123"},
    {UINT64_C(0x28C0000000000000), "2.07908195312898e-112"},
    {UINT64_C(0x2B10000000000000), "2.8574684782056875e-101"},
    {UINT64_C(0x2D60000000000000), "3.9272747722381812e-90"},
    {UINT64_C(0x2FB0000000000000), "5.397605346934028e-79"},
    {UINT64_C(0x3200000000000000), "7.418412301374843e-68"},
    {UINT64_C(0x3450000000000000), "1.0195788231247695e-56"},
    {UINT64_C(0x36A0000000000000), "1.401298464324817e-45"},
    {UINT64_C(0x38F0000000000000), "1.925929944387236e-34"},
    {UINT64_C(0x3B40000000000000), "2.6469779601696886e-23"},
    {UINT64_C(0x3D90000000000000), "3.637978807091713e-12"},
    {UINT64_C(0x3FE0000000000000), "0.5"},
    {UINT64_C(0x4230000000000000), "68719476736.0"},
    {UINT64_C(0x4480000000000000), "9.44473296573929e21"},
    {UINT64_C(0x46D0000000000000), "1.298074214633707e33"},
    {UINT64_C(0x4920000000000000), "1.78405961588245e44"},
    {UINT64_C(0x4B70000000000000), "2.4519928653854222e55"},
    {UINT64_C(0x4DC0000000000000), "3.36999333339383e66"},
    {UINT64_C(0x5010000000000000), "4.631683569492648e77"},
    {UINT64_C(0x5260000000000000), "6.365737426045269e88"},
    {UINT64_C(0x54B0000000000000), "8.749002899132048e99"},
    {UINT64_C(0x5700000000000000), "1.2024538023802026e111"},
    {UINT64_C(0x5950000000000000), "1.6526399219756215e122"},
    {UINT64_C(0x5BA0000000000000), "2.2713710134237715e133"},
    {UINT64_C(0x5DF0000000000000), "3.1217485503159922e144"},
    {UINT64_C(0x6040000000000000), "4.290498537581631e155"},
    {UINT64_C(0x6290000000000000), "5.896816288783659e166"},
    {UINT64_C(0x64E0000000000000), "8.10452259547069e177"},
    {UINT64_C(0x6730000000000000), "1.1138771039116688e189"},
    {UINT64_C(0x6980000000000000), "1.5309010345804195e200"},
    {UINT64_C(0x6BD0000000000000), "2.1040543606193494e211"},
    {UINT64_C(0x6E20000000000000), "2.891790293717215e222"},
    {UINT64_C(0x7070000000000000), "3.974446316289815e233"},
    {UINT64_C(0x72C0000000000000), "5.462437423415177e244"},
    {UINT64_C(0x7510000000000000), "7.5075168288047e255"},
    {UINT64_C(0x7760000000000000), "1.0318252561243462e267"},
    {UINT64_C(0x79B0000000000000), "1.418129833677085e278"},
    {UINT64_C(0x7C00000000000000), "1.94906280228e289"},
    {UINT64_C(0x7E50000000000000), "2.6787715179656683e300"},
    {UINT64_C(0x0008000000000000), "1.1125369292536007e-308"},
    {UINT64_C(0x4350000000000000), "1.8014398509481984e16"},
    {UINT64_C(0x43E0000000000000), "9.223372036854776e18"},
    {UINT64_C(0x43F0000000000000), "1.8446744073709552e19"},
    {UINT64_C(0x7FE0000000000000), "8.98846567431158e307"},
    {UINT64_C(0x4020000000000000), "8.0"},
    {UINT64_C(0x401FFFFFFFFFFFFF), "7.999999999999999"},
    {UINT64_C(0x4020000000000001), "8.000000000000002"},
    {UINT64_C(0x43B0000000000000), "1.152921504606847e18"},
    {UINT64_C(0x43AFFFFFFFFFFFFF), "1.1529215046068468e18"},
    {UINT64_C(0x43B0000000000001), "1.1529215046068472e18"},
    {UINT64_C(0x4C70000000000000), "1.6069380442589903e60"},
    {UINT64_C(0x4C6FFFFFFFFFFFFF), "1.6069380442589901e60"},
    {UINT64_C(0x4C70000000000001), "1.6069380442589906e60"},
    {UINT64_C(0x3C30000000000000), "8.673617379884035e-19"},
    {UINT64_C(0x3C2FFFFFFFFFFFFF), "8.6736173798840345e-19"},
    {UINT64_C(0x3C30000000000001), "8.673617379884037e-19"},
    {UINT64_C(0x2A6A6CE32C1A0ED0), "2.3043695068794426e-104"},
    {UINT64_C(0x28E69BF5AC5A2176), "1.1751603981349682e-111"},
    {UINT64_C(0xA880A74AE362FFA9), "-1.3524985602560558e-113"},
    {UINT64_C(0x38502ED70DE63853), "1.9022988601546975e-37"},
    {UINT64_C(0xC3437F5F8B14688A), "-1.0976145778987284e16"},
    {UINT64_C(0xD8B7A88E5A097279), "-2.386404594582852e119"},
    {UINT64_C(0x980FBF4635217CFC), "-8.697966640227551e-193"},
    {UINT64_C(0x2691D8B17B23AA5D), "6.749223586165827e-123"},
    {UINT64_C(0x6380214705A27A4A), "1.947967232682318e171"},
    {UINT64_C(0xAC4126F024CB325C), "-1.6060117888363187e-95"},
    {UINT64_C(0x74D4DE3ADC2622D6), "6.119824377526386e254"},
    {UINT64_C(0xCF820951F62EA5EC), "-1.019762322074424e75"},
    {UINT64_C(0x0D5A22C0DA0E3278), "2.3923162096635723e-244"},
    {UINT64_C(0x365140C5A5709D95), "4.72199699315855e-47"},
    {UINT64_C(0x4F4EAAF62D39C446), "1.0837069146400602e74"},
    {UINT64_C(0x5BD8EF4AAF46FFBF), "2.8318015276747277e134"},
    {UINT64_C(0x75FCD5F8D883F920), "2.2168111769361642e260"},
    {UINT64_C(0x05B617E462F53BE8), "3.803515684813692e-281"},
    {UINT64_C(0xDB92A88CE026ECE7), "-1.324379624619132e133"},
    {UINT64_C(0x7A68023CF5CDBF32), "4.358081825445801e281"},
    {UINT64_C(0xDFF241A7142FB15F), "-1.5298690694867896e154"},
    {UINT64_C(0xDF4394910BB4D0AA), "-8.011761904482869e150"},
    {UINT64_C(0x507C430C6E64071E), "5.236008677685683e79"},
    {UINT64_C(0x0BD217C74E2DD3D6), "9.871234161252267e-252"},
    {UINT64_C(0x5762C12E0A0CDEF7), "9.020620243042722e112"},
    {UINT64_C(0x1FCA99EE0FBF3339), "1.550011528227777e-155"},
    {UINT64_C(0xED7F7CD2C269A844), "-2.7787936350810414e219"},
    {UINT64_C(0x4625877974590E61), "8.528593592934572e29"},
    {UINT64_C(0x7F3BC9DFB180E4CB), "7.622577009535267e304"},
    {UINT64_C(0xDF25E09FE95A5560), "-2.237918962667208e150"},
    {UINT64_C(0x32EF1D01303CB648), "2.363507536755051e-63"},
    {UINT64_C(0x879C39123B8320A3), "-5.217063173048692e-272"},
    {UINT64_C(0x89D40417A0D7A4BB), "-2.5426158557459773e-261"},
    {UINT64_C(0xEA4C44E15558CD3D), "-1.1078947398388547e204"},
    {UINT64_C(0xDC40FF283B3E9306), "-2.4707730586107884e136"},
    {UINT64_C(0x67E13A4B20392767), "2.4562624535565637e192"},
    {UINT64_C(0x11B60FAF868B5C31), "2.3840413092763187e-223"},
    {UINT64_C(0x20F8B2BCDCDBA1AD), "7.545141193026292e-150"},
    {UINT64_C(0x4D4B9A9262BBF94C), "2.271108619708943e64"},
    {UINT64_C(0xCA983E309C86F18C), "-2.2675891708760186e51"},
    {UINT64_C(0x43B4BDC8C4556FC7), "1.4945713969294067e18"},
    {UINT64_C(0xC9BE7C5622A8AFD6), "-1.7404251897974689e47"},
    {UINT64_C(0x95F9A2956BF56922), "-8.176318863397341e-203"},
    {UINT64_C(0xFAD51B33B1AF9833), "-4.903962786781236e283"},
    {UINT64_C(0x2B460239C0B0D99B), "3.1444574298900757e-100"},
    {UINT64_C(0x0142EDDC53AAF8B6), "1.3801469258240012e-302"},
    {UINT64_C(0x35D8B0B3EB4F4B79), "2.639648658071194e-49"},
    {UINT64_C(0x3A5E9F281FC51B24), "1.5460010694901899e-27"},
    {UINT64_C(0x4E956CF3A78E0A46), "3.696850183439863e70"},
    {UINT64_C(0x73B0363894235D4B), "1.8136258050160192e249"},
    {UINT64_C(0x9C796CD530563B98), "-1.644771712768886e-171"},
    {UINT64_C(0x7F370AFC9D0FD1D6), "6.320815099418196e304"},
    {UINT64_C(0xDFFBF7A96E62C001), "-2.3436369824741467e154"},
    {UINT64_C(0x0743AE614F38A3F6), "1.1369069308992784e-273"},
    {UINT64_C(0x3AA6B6C8B7058990), "3.6696446428639244e-26"},
    {UINT64_C(0xE0A57CC9BC14CB45), "-3.6876754658918415e157"},
    {UINT64_C(0x57E1C6149D460391), "2.1885046512742085e115"},
    {UINT64_C(0x2F8E2391B16BF7A6), "1.2709227631109062e-79"},
    {UINT64_C(0x4406B24848CE03E0), "5.233437095104374e19"},
    {UINT64_C(0xCEC2ED5D24DC000C), "-2.612615016170754e71"},
    {UINT64_C(0x432B84C40AA4C5BE), "3872900949107423.0"},
    {UINT64_C(0x43995F7D35B86E12), "4.570794108541677e17"},
    {UINT64_C(0x40EF870645A1CAC1), "64568.196"},
    {UINT64_C(0x429255E839D96C61), "5040044406363.095"},
    {UINT64_C(0x401CC6A7EF9DB22D), "7.194"},
    {UINT64_C(0x43CD05D6FCB319DB), "4.1826279656167644e18"},
    {UINT64_C(0x4148E6004624DD2F), "3263488.548"},
    {UINT64_C(0x4216C99210B9BC6A), "24467768366.434"},
    {UINT64_C(0x41F369F65C0A9BA6), "5211383232.663"},
    {UINT64_C(0x3F96872B020C49BA), "0.022"},
    {UINT64_C(0x42615E605865061D), "596782531368.191"},
    {UINT64_C(0x4360A59845077D09), "3.7485384312809544e16"},
    {UINT64_C(0x40D9764604189375), "26073.094"},
    {UINT64_C(0x413973EEB4FDF3B6), "1668078.707"},
    {UINT64_C(0x43056D3619DAAF85), "753881705043440.6"},
    {UINT64_C(0x4018E353F7CED917), "6.222"},
    {UINT64_C(0x4300A1CBE9D4D63B), "585187100105415.4"},
    {UINT64_C(0x440AEF0055D40262), "6.2104650657571815e19"},
    {UINT64_C(0x3F70624DD2F1A9FC), "0.004"},
    {UINT64_C(0x402B526E978D4FDF), "13.661"},
    {UINT64_C(0x40B1F1849BA5E354), "4593.518"},
    {UINT64_C(0x41C0735333D126E9), "551986791.634"},
    {UINT64_C(0x3FCC49BA5E353F7D), "0.221"},
    {UINT64_C(0x419B19D6446C8B44), "113669521.106"},
    {UINT64_C(0x426144D210DDF76D), "593352492783.732"},
    {UINT64_C(0x40BB36E9FBE76C8B), "6966.914"},
    {UINT64_C(0x4191AC5F0A53F7CF), "74127298.582"},
};

START_TEST(float_table) {
  for (size_t i = 0; i < sizeof floats / sizeof floats[0]; i++)
    ck_assert_msg(strcmp(show_float(from_bits(floats[i].bits)), floats[i].text) == 0,
                  "%016" PRIx64 ": printed %s, erl prints %s", floats[i].bits,
                  show_float(from_bits(floats[i].bits)), floats[i].text);
}
END_TEST

/* Where erl switches notation: below 2^53 the shorter form wins and plain
** wins a tie; from 2^53 on it is always scientific.  erl: ~w of each. */
START_TEST(float_notation) {
  ck_assert_str_eq(show_float(100.0), "100.0");          /* tie with 1.0e2 */
  ck_assert_str_eq(show_float(1000.0), "1.0e3");         /* shorter than 1000.0 */
  ck_assert_str_eq(show_float(1200.0), "1.2e3");
  ck_assert_str_eq(show_float(123456789.0), "123456789.0");
  ck_assert_str_eq(show_float(0.0001), "0.0001");        /* tie with 1.0e-4 */
  ck_assert_str_eq(show_float(0.00012), "1.2e-4");
  ck_assert_str_eq(show_float(1.0e-5), "1.0e-5");
  ck_assert_str_eq(show_float(9007199254740991.0), "9007199254740991.0");
  ck_assert_str_eq(show_float(9007199254740992.0), "9.007199254740992e15");
  ck_assert_str_eq(show_float(1.0e16), "1.0e16");
  ck_assert_str_eq(show_float(-0.0), "-0.0");
  ck_assert_str_eq(show_float(0.0), "0.0");
  ck_assert_str_eq(show_float(-1.5), "-1.5");
  ck_assert_str_eq(show(F(2.5)), "2.5");
}
END_TEST

/* ---------------------------------------------------------------------
** Atoms and strings
*/

/* erl: io:format("~w", [list_to_atom(Name)]) with the output device set
** to unicode, for each name (as UTF-8 here). */
static const struct {
  const char *name;
  size_t len;
  const char *text;
} atoms[] = {
    {S("Foo"), "'Foo'"}, /* 'Foo' */
    {S("foo bar"), "'foo bar'"}, /* 'foo bar' */
    {S("[]"), "'[]'"}, /* '[]' */
    {S("hello-world"), "'hello-world'"}, /* 'hello-world' */
    {S("foo@bar"), "foo@bar"}, /* foo@bar */
    {S("maybe"), "maybe"}, /* maybe */
    {S("else"), "else"}, /* else */
    {S("query"), "query"}, /* query */
    {S("spec"), "spec"}, /* spec */
    {S(""), "''"}, /* '' */
    {S("a.b"), "'a.b'"}, /* 'a.b' */
    {S("_x"), "'_x'"}, /* '_x' */
    {S("x_Y9"), "x_Y9"}, /* x_Y9 */
    {S("9a"), "'9a'"}, /* '9a' */
    {S("a\012b"), "'a\\nb'"}, /* 'a\nb' */
    {S("it's"), "'it\\'s'"}, /* 'it\'s' */
    {S("a\\b"), "'a\\\\b'"}, /* 'a\\b' */
    {S("\303\251"), "\303\251"}, /* é */
    {S("\303\211"), "'\303\211'"}, /* 'É' */
    {S("a\303\251"), "a\303\251"}, /* aé */
    {S("\316\273"), "'\\x{3BB}'"}, /* '\x{3BB}' */
    {S("a\316\273"), "'a\\x{3BB}'"}, /* 'a\x{3BB}' */
    {S("\303\237"), "\303\237"}, /* ß */
    {S("\303\267"), "'\303\267'"}, /* '÷' */
    {S("a\303\227"), "'a\303\227'"}, /* 'a×' */
    {S("\303\277"), "\303\277"}, /* ÿ */
    {S("\177"), "'\\d'"}, /* '\d' */
    {S("a\011b"), "'a\\tb'"}, /* 'a\tb' */
    {S("a\001"), "'a\\001'"}, /* 'a\001' */
    {S("{}"), "'{}'"}, /* '{}' */
    {S("true"), "true"}, /* true */
    {S("a\"b"), "'a\"b'"}, /* 'a"b' */
    {S("a\302\200"), "'a\\200'"}, /* 'a\200' */
    {S("a\302\237\302\240"), "'a\\237\302\240'"}, /* 'a\237 ' */
    {S("a\360\237\230\200"), "'a\\x{1F600}'"}, /* 'a\x{1F600}' */
    {S("\302\252"), "'\302\252'"}, /* 'ª' */
    {S("\302\265"), "'\302\265'"}, /* 'µ' */
    {S("a\302\255"), "'a\302\255'"}, /* 'a­' */
    {S("\015\013\010\014\033\000"), "'\\r\\v\\b\\f\\e\\000'"}, /* '\r\v\b\f\e\000' */
    {S("ok"), "ok"}, /* ok */
    {S("nil"), "nil"}, /* nil */
    {S("a1@B_c"), "a1@B_c"}, /* a1@B_c */
    {S("after"), "'after'"}, /* 'after' */
    {S("and"), "'and'"}, /* 'and' */
    {S("andalso"), "'andalso'"}, /* 'andalso' */
    {S("band"), "'band'"}, /* 'band' */
    {S("begin"), "'begin'"}, /* 'begin' */
    {S("bnot"), "'bnot'"}, /* 'bnot' */
    {S("bor"), "'bor'"}, /* 'bor' */
    {S("bsl"), "'bsl'"}, /* 'bsl' */
    {S("bsr"), "'bsr'"}, /* 'bsr' */
    {S("bxor"), "'bxor'"}, /* 'bxor' */
    {S("case"), "'case'"}, /* 'case' */
    {S("catch"), "'catch'"}, /* 'catch' */
    {S("cond"), "'cond'"}, /* 'cond' */
    {S("div"), "'div'"}, /* 'div' */
    {S("end"), "'end'"}, /* 'end' */
    {S("fun"), "'fun'"}, /* 'fun' */
    {S("if"), "'if'"}, /* 'if' */
    {S("let"), "'let'"}, /* 'let' */
    {S("not"), "'not'"}, /* 'not' */
    {S("of"), "'of'"}, /* 'of' */
    {S("or"), "'or'"}, /* 'or' */
    {S("orelse"), "'orelse'"}, /* 'orelse' */
    {S("receive"), "'receive'"}, /* 'receive' */
    {S("rem"), "'rem'"}, /* 'rem' */
    {S("try"), "'try'"}, /* 'try' */
    {S("when"), "'when'"}, /* 'when' */
    {S("xor"), "'xor'"}, /* 'xor' */
};

START_TEST(atom_quoting) {
  for (size_t i = 0; i < sizeof atoms / sizeof atoms[0]; i++) {
    ck_assert_msg(strcmp(show_atom(atoms[i].name, atoms[i].len), atoms[i].text) == 0,
                  "atom %zu: printed %s, erl prints %s", i, show_atom(atoms[i].name, atoms[i].len),
                  atoms[i].text);
    ck_assert_str_eq(show(cterm_atom(A, atoms[i].name, atoms[i].len)), atoms[i].text);
  }
}
END_TEST

/* C strings holding the UTF-8 of a charlist, and erl's
** io_lib:write_string of the charlist (as UTF-8). */
static const struct {
  const char *bytes;
  size_t len;
  const char *text;
} strings[] = {
    {S("abc"), "\"abc\""}, /* io_lib:write_string([97,98,99]) */
    {S(""), "\"\""}, /* io_lib:write_string([]) */
    {S("a\"b\\c"), "\"a\\\"b\\\\c\""}, /* io_lib:write_string([97,34,98,92,99]) */
    {S("\012\011\015\013\010\014\033\177"), "\"\\n\\t\\r\\v\\b\\f\\e\\d\""}, /* io_lib:write_string([10,9,13,11,8,12,27,127]) */
    {S("\000\001\037"), "\"\\000\\001\\037\""}, /* io_lib:write_string([0,1,31]) */
    {S("it's"), "\"it's\""}, /* io_lib:write_string([105,116,39,115]) */
    {S("\303\251"), "\"\303\251\""}, /* io_lib:write_string([233]) */
    {S("\316\273"), "\"\316\273\""}, /* io_lib:write_string([955]) */
    {S("\360\237\230\200"), "\"\360\237\230\200\""}, /* io_lib:write_string([128512]) */
    {S("x\302\200\302\237"), "\"x\\200\\237\""}, /* io_lib:write_string([120,128,159]) */
    {S("\302\240\303\277"), "\"\302\240\303\277\""}, /* io_lib:write_string([160,255]) */
    {S("file.erl"), "\"file.erl\""}, /* io_lib:write_string("file.erl") */
    {S("/tmp/a b/c.erl"), "\"/tmp/a b/c.erl\""}, /* io_lib:write_string("/tmp/a b/c.erl") */
    {S("\0011"), "\"\\0011\""}, /* io_lib:write_string([1,49]) */
    /* Bytes that are not UTF-8 have no charlist; they print in octal, and
    ** erl: erl_scan:string("\"\\377\\303\"") reads that back as [255,195]. */
    {S("\377\303"), "\"\\377\\303\""},
};

START_TEST(string_escapes) {
  for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++)
    ck_assert_str_eq(show_string(strings[i].bytes, strings[i].len), strings[i].text);
}
END_TEST

/* ---------------------------------------------------------------------
** Integers
*/

/* erl: ~w of 1 bsl 2048. */
static const char two_pow_2048[] =
    "32317006071311007300714876688669951960444102669715484032130345427524655138867890893197201411522913463688717960"
    "92189801949411955915049092109508815238644828312063087736730099609175019775038965210679605763838406756827679221"
    "86426197561618380943384761704705816458520363050428875758915410658086075523991239303855219143333896683424206849"
    "74786564569494856176035326322058077805659331026192708460314150258592864177116725943603718461857357598351152301"
    "64590440369761323328723122712568471082020972515710172693132346967854258065669793504599726835299863821552516638"
    "9437335543602135433229604645318478604952148193555853611059596230656";

START_TEST(integer_printing) {
  ck_assert_str_eq(show(I(0)), "0");
  ck_assert_str_eq(show(I(-1)), "-1");
  ck_assert_str_eq(show(I(INT64_MAX)), "9223372036854775807");
  ck_assert_str_eq(show(I(INT64_MIN)), "-9223372036854775808");
  /* erl: ~w of 1 bsl 64, -(1 bsl 64), 1 bsl 63, -(1 bsl 63) - 1, and 10^100 */
  uint32_t limbs[] = {0, 0, 1};
  ck_assert_str_eq(show(cterm_big(A, false, limbs, 3)), "18446744073709551616");
  ck_assert_str_eq(show(cterm_big(A, true, limbs, 3)), "-18446744073709551616");
  uint32_t b63[] = {0, 0x80000000u};
  ck_assert_str_eq(show(cterm_big(A, false, b63, 2)), "9223372036854775808");
  uint32_t b63p1[] = {1, 0x80000000u};
  ck_assert_str_eq(show(cterm_big(A, true, b63p1, 2)), "-9223372036854775809");
  const char *googol =
      "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";
  ck_assert_str_eq(show(D(googol)), googol);
  uint32_t big[65] = {0};
  big[64] = 1;
  ck_assert_str_eq(show(cterm_big(A, false, big, 65)), two_pow_2048);
  ck_assert_str_eq(show(D(two_pow_2048)), two_pow_2048);
  /* erl: ~w of 1000000000 * (1 bsl 64): inner base-10^9 chunks of zeros */
  ck_assert_str_eq(show(D("18446744073709551616000000000")), "18446744073709551616000000000");
}
END_TEST

START_TEST(big_normalisation) {
  uint32_t small[] = {5, 0, 0, 0};
  CTerm *t = cterm_big(A, false, small, 4);
  ck_assert_int_eq(t->kind, CT_INT);
  ck_assert_int_eq(t->u.i, 5);
  t = cterm_big(A, true, small, 0);
  ck_assert_int_eq(t->kind, CT_INT);
  ck_assert_int_eq(t->u.i, 0);
  uint32_t b63[] = {0, 0x80000000u, 0};
  t = cterm_big(A, true, b63, 3); /* -2^63 fits int64_t */
  ck_assert_int_eq(t->kind, CT_INT);
  ck_assert(t->u.i == INT64_MIN);
  t = cterm_big(A, false, b63, 3); /* 2^63 does not */
  ck_assert_int_eq(t->kind, CT_BIG);
  ck_assert_uint_eq(t->u.big.n, 2);
  uint32_t padded[] = {0, 0, 1, 0, 0};
  t = cterm_big(A, true, padded, 5);
  ck_assert_int_eq(t->kind, CT_BIG);
  ck_assert_uint_eq(t->u.big.n, 3);
  ck_assert(t->u.big.neg);
  ck_assert(t->u.big.limbs != padded); /* copied */
}
END_TEST

START_TEST(decimal_parsing) {
  CTerm *t = D("9223372036854775807");
  ck_assert_int_eq(t->kind, CT_INT);
  ck_assert(t->u.i == INT64_MAX);
  t = D("-9223372036854775808");
  ck_assert_int_eq(t->kind, CT_INT);
  ck_assert(t->u.i == INT64_MIN);
  t = D("9223372036854775808");
  ck_assert_int_eq(t->kind, CT_BIG);
  ck_assert(!t->u.big.neg && t->u.big.n == 2 && t->u.big.limbs[1] == 0x80000000u && t->u.big.limbs[0] == 0);
  t = D("-18446744073709551616");
  ck_assert_int_eq(t->kind, CT_BIG);
  ck_assert(t->u.big.neg && t->u.big.n == 3 && t->u.big.limbs[2] == 1);
  ck_assert_int_eq(D("000123")->u.i, 123);
  ck_assert_int_eq(D("+5")->u.i, 5);
  ck_assert_int_eq(D("-0")->u.i, 0);
  ck_assert_int_eq(D("0000000000000000000000000000042")->kind, CT_INT);
  ck_assert_int_eq(D("-0000000000000000000000000000042")->u.i, -42);
  const char *bad[] = {"", "-", "+", "1a", " 1", "1 ", "--1", "1_000", "0x10", "1.0"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    ck_assert_msg(cterm_int_from_decimal(A, bad[i], strlen(bad[i])) == NULL, "accepted \"%s\"", bad[i]);
  ck_assert_int_eq(cterm_int_from_decimal(A, "12345", 3)->u.i, 123); /* len is authoritative */
}
END_TEST

/* ---------------------------------------------------------------------
** Containers
*/

START_TEST(container_printing) {
  ck_assert_str_eq(show(T(2, At("a"), At("b"))), "{a,b}");
  ck_assert_str_eq(show(T(0)), "{}");
  ck_assert_str_eq(show(Nil()), "[]");
  ck_assert_str_eq(show(Lt(I(3), 2, I(1), I(2))), "[1,2|3]");
  ck_assert_str_eq(show(L(2, At("a"), Nil())), "[a,[]]");
  ck_assert_str_eq(show(Lt(Nil(), 1, Nil())), "[[]]");
  ck_assert_str_eq(show(L(3, I(97), I(98), I(99))), "[97,98,99]"); /* erl: ~w of "abc" */
  ck_assert_str_eq(show(T(3, At("Foo"), L(1, F(0.5)), D("-18446744073709551616"))),
                   "{'Foo',[0.5],-18446744073709551616}");
  ck_assert_str_eq(show(M(2, At("a"), I(1), At("b"), I(2))), "#{a => 1,b => 2}");
  ck_assert_str_eq(show(M(0)), "#{}");
  ck_assert_str_eq(show(Fun("lists", "map", 2)), "fun lists:map/2");
  ck_assert_str_eq(show(Fun("Mod", "f g", 0)), "fun 'Mod':'f g'/0");
}
END_TEST

START_TEST(binary_printing) {
  /* erl: ~p of <<"abc">> and <<"a\"b\\">> (~w would list the bytes) */
  ck_assert_str_eq(show(Bin("abc", 24)), "<<\"abc\">>");
  ck_assert_str_eq(show(Bin("a\"b\\", 32)), "<<\"a\\\"b\\\\\">>");
  ck_assert_str_eq(show(Bin("a b~", 32)), "<<\"a b~\">>");
  /* erl: ~w of <<1,2,3>>, <<>>, <<127>>, <<"\n">>, <<1,2,3:4>>, <<5:3>>,
  ** <<255,1:1>>, <<97,98,3:4>> */
  ck_assert_str_eq(show(Bin("\1\2\3", 24)), "<<1,2,3>>");
  ck_assert_str_eq(show(Bin("", 0)), "<<>>");
  ck_assert_str_eq(show(Bin("\177", 8)), "<<127>>");
  ck_assert_str_eq(show(Bin("\n", 8)), "<<10>>");
  ck_assert_str_eq(show(Bin("\1\2\x30", 20)), "<<1,2,3:4>>");
  ck_assert_str_eq(show(Bin("\xa0", 3)), "<<5:3>>");
  ck_assert_str_eq(show(Bin("\xff\x80", 9)), "<<255,1:1>>");
  ck_assert_str_eq(show(Bin("ab\x30", 20)), "<<97,98,3:4>>");
  /* unused low bits are cleared, so they neither print nor compare */
  CTerm *dirty = Bin("\xbf", 3), *clean = Bin("\xa0", 3);
  ck_assert_str_eq(show(dirty), "<<5:3>>");
  ck_assert(cterm_equal(dirty, clean));
}
END_TEST

/* erl: io:format("~w", [#{b => 1, a => 2, {x} => 3, 1 => 4, [] => 5,
** <<0>> => 6, "s" => 7, 2.5 => 8, c => #{z => 1, y => 2}}]) */
START_TEST(map_printing_order) {
  CTerm *m = M(9, At("b"), I(1), At("a"), I(2), T(1, At("x")), I(3), I(1), I(4), Nil(), I(5), Bin("", 8), I(6),
               L(1, I(115)), I(7), F(2.5), I(8), At("c"), M(2, At("z"), I(1), At("y"), I(2)));
  ck_assert_str_eq(show(m),
                   "#{1 => 4,2.5 => 8,a => 2,b => 1,c => #{y => 2,z => 1},{x} => 3,[] => 5,[115] => 7,<<0>> => 6}");
  /* erl prints #{1.0 => a, 2 => b, 1 => c} as #{1 => c,2 => b,1.0 => a}
  ** (maps keep integer keys before float keys); cterm_print uses
  ** cterm_compare, which is erl's lists:sort([1.0,2,1]) = [1,1.0,2]
  ** order with the integer first on a tie. */
  ck_assert_str_eq(show(M(3, F(1.0), At("a"), I(2), At("b"), I(1), At("c"))), "#{1 => c,1.0 => a,2 => b}");
}
END_TEST

/* ---------------------------------------------------------------------
** Term order
*/

static int by_compare(const void *x, const void *y) {
  return cterm_compare(*(CTerm *const *)x, *(CTerm *const *)y);
}

/* The terms of cm.erl's list, none == to another (erl's lists:sort/1 is
** not stable for == terms); expected: erl's ~w of lists:sort(L). */
START_TEST(sort_matches_erl) {
  CTerm *terms[] = {
      Bin("\xff\x80", 9), T(1, At("b")), M(2, At("a"), I(1), At("b"), I(1)), Lt(At("b"), 1, At("a")), F(1.5),
      At("a"), I(0), Fun("a", "b", 1), L(2, At("a"), At("b")), M(1, At("b"), I(1)), Bin("\x80", 1),
      D("18446744073709551616"), T(2, At("a"), At("a")), T(0), At("B"), Nil(), L(1, At("a")),
      D("9007199254740993"), F(9007199254740992.0), M(1, I(1), At("a")), M(1, F(1.0), At("a")),
      M(1, I(2), At("a")), M(1, F(0.5), At("a")), M(1, At("a"), I(2)), Bin("\1", 8), Bin("", 0),
      D("-18446744073709551617"), F(-18446744073709551616.0), Fun("a", "a", 2), Fun("b", "a", 0),
      Fun("a", "b", 0), Fun("a", "B", 5), Bin("\x80", 8), Bin("\x40", 2), Bin("\0\1", 16), Bin("\0", 8),
      Bin("\0", 7), At("ab"), At("a b"), L(1, Nil()), Lt(At("c"), 1, At("a")), L(1, At("b")),
      T(2, I(1), At("b")), T(2, F(1.0), At("a")), M(0), I(2), I(1), I(-3),
      D("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
      F(1.0e300), Lt(At("c"), 2, At("a"), At("b")), L(3, At("a"), At("b"), At("c"))};
  size_t n = sizeof terms / sizeof terms[0];
  qsort(terms, n, sizeof terms[0], by_compare);
  CTerm *list = Nil();
  for (size_t i = n; i-- > 0;) list = cterm_cons(A, terms[i], list);
  ck_assert_str_eq(
      show(list),
      "[-18446744073709551617,-1.8446744073709552e19,-3,0,1,1.5,2,9.007199254740992e15,9007199254740993,"
      "18446744073709551616,"
      "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000,"
      "1.0e300,'B',a,'a b',ab,fun a:'B'/5,fun a:a/2,fun a:b/0,fun a:b/1,fun b:a/0,{},{b},{1.0,a},{1,b},{a,a},"
      "#{},#{1 => a},#{2 => a},#{0.5 => a},#{1.0 => a},#{a => 2},#{b => 1},#{a => 1,b => 1},[],[a|b],[a|c],[a],"
      "[a,b|c],[a,b],[a,b,c],[b],[[]],<<>>,<<0:7>>,<<0>>,<<0,1>>,<<1>>,<<1:2>>,<<1:1>>,<<128>>,<<255,1:1>>]");
}
END_TEST

static int sign(int c) { return (c > 0) - (c < 0); }

/* Expected signs from erl: for each pair, A < B, A == B or A > B. */
START_TEST(compare_pairs) {
  const char *googol =
      "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";
  uint32_t b1024[33] = {0};
  b1024[32] = 1;
  struct {
    CTerm *a, *b;
    int erl;
  } pairs[] = {
      {T(2, I(1), At("b")), T(2, F(1.0), At("a")), 1}, /* the tie 1 == 1.0 does not decide */
      {D("9007199254740993"), F(9007199254740992.0), 1},
      {D("-18446744073709551617"), F(-18446744073709551616.0), -1},
      {F(1.0e300), D(googol), 1},
      {cterm_big(A, false, b1024, 33), F(1.7976931348623157e308), 1},
      {F(0.5), I(0), 1},
      {F(-0.5), I(0), -1},
      {F(1.5), I(1), 1},
      {F(1.5), I(2), -1},
      {F(-1.5), I(-1), -1},
      {F(-1.5), I(-2), 1},
      {F(5.0e-324), I(0), 1},
      {F(-5.0e-324), I(0), -1},
      {I(INT64_MAX), F(9223372036854775808.0), -1},
      {D("-9223372036854775809"), F(-9223372036854775808.0), -1},
      {D("12345678901234567890"), F(1.2345678901234567e19), 1},
      {M(2, I(1), At("a"), I(3), At("b")), M(2, I(2), At("a"), F(1.0), At("a")), -1},
      {M(2, F(1.0), At("a"), I(3), At("b")), M(2, I(2), At("a"), F(1.0), At("a")), 1},
      {M(1, I(2), At("a")), M(1, F(1.0), At("a")), -1}, /* map keys: integers before floats */
      {M(1, T(1, I(2)), At("a")), M(1, T(1, F(1.0)), At("a")), -1},
  };
  for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
    ck_assert_msg(sign(cterm_compare(pairs[i].a, pairs[i].b)) == pairs[i].erl, "pair %zu", i);
    ck_assert_msg(sign(cterm_compare(pairs[i].b, pairs[i].a)) == -pairs[i].erl, "pair %zu reversed", i);
  }
}
END_TEST

/* Terms erl calls == are ordered by the exact tie-break: an integer
** before a float, -0.0 before 0.0.  erl: each pair is == (1 == 1.0,
** 9007199254740992 == 9007199254740992.0, 1 bsl 63 ==
** 9223372036854775808.0, -(1 bsl 64) == -18446744073709551616.0,
** #{a => 1} == #{a => 1.0}, [1|2] == [1|2.0], 0.0 == -0.0). */
START_TEST(compare_ties) {
  struct {
    CTerm *a, *b;
  } ties[] = {
      {I(1), F(1.0)},
      {D("9007199254740992"), F(9007199254740992.0)},
      {D("9223372036854775808"), F(9223372036854775808.0)},
      {D("-18446744073709551616"), F(-18446744073709551616.0)},
      {M(1, At("a"), I(1)), M(1, At("a"), F(1.0))},
      {Lt(I(2), 1, I(1)), Lt(F(2.0), 1, I(1))},
      {F(-0.0), F(0.0)},
  };
  for (size_t i = 0; i < sizeof ties / sizeof ties[0]; i++) {
    ck_assert_msg(cterm_compare(ties[i].a, ties[i].b) < 0, "tie %zu", i);
    ck_assert_msg(cterm_compare(ties[i].b, ties[i].a) > 0, "tie %zu reversed", i);
    ck_assert(!cterm_equal(ties[i].a, ties[i].b));
  }
}
END_TEST

START_TEST(equality) {
  ck_assert(cterm_equal(D("18446744073709551616"), D("+018446744073709551616")));
  ck_assert(!cterm_equal(D("18446744073709551616"), D("-18446744073709551616")));
  ck_assert(cterm_equal(M(2, At("a"), I(1), At("b"), I(2)), M(2, At("b"), I(2), At("a"), I(1))));
  ck_assert(!cterm_equal(M(2, At("a"), I(1), At("b"), I(2)), M(2, At("b"), I(1), At("a"), I(2))));
  ck_assert(cterm_equal(Lt(I(3), 2, I(1), I(2)), Lt(I(3), 2, I(1), I(2))));
  ck_assert(!cterm_equal(Lt(I(3), 2, I(1), I(2)), L(3, I(1), I(2), I(3))));
  ck_assert(cterm_equal(Fun("m", "f", 1), Fun("m", "f", 1)));
  ck_assert(!cterm_equal(Fun("m", "f", 1), Fun("m", "f", 2)));
  ck_assert(cterm_equal(Bin("ab", 16), Bin("ab", 16)));
  ck_assert(!cterm_equal(Bin("ab", 16), Bin("ab", 15)));
  ck_assert(!cterm_equal(At("a"), At("b")));
  ck_assert(cterm_equal(F(0.1), F(0.1)));
  ck_assert_int_eq(cterm_compare(T(2, At("x"), F(2.5)), T(2, At("x"), F(2.5))), 0);
}
END_TEST

START_TEST(accessors) {
  ck_assert(cterm_is_atom(At("ok"), "ok"));
  ck_assert(!cterm_is_atom(At("ok"), "o"));
  ck_assert(!cterm_is_atom(At("o"), "ok"));
  ck_assert(!cterm_is_atom(I(1), "ok"));
  ck_assert(cterm_is_tagged(T(3, At("location"), I(1), I(2)), "location", 3));
  ck_assert(!cterm_is_tagged(T(3, At("location"), I(1), I(2)), "location", 2));
  ck_assert(!cterm_is_tagged(T(1, At("x")), "location", 1));
  ck_assert(!cterm_is_tagged(T(0), "location", 0));
  ck_assert(!cterm_is_tagged(L(1, At("location")), "location", 1));
  ck_assert_int_eq(cterm_list_length(Nil()), 0);
  ck_assert_int_eq(cterm_list_length(L(3, I(1), I(2), I(3))), 3);
  ck_assert_int_eq(cterm_list_length(Lt(I(3), 2, I(1), I(2))), -1);
  ck_assert_int_eq(cterm_list_length(At("x")), -1);
  int64_t v = 0;
  ck_assert(cterm_get_int(I(-7), &v) && v == -7);
  ck_assert(!cterm_get_int(D("18446744073709551616"), &v));
  ck_assert(!cterm_get_int(F(1.0), &v));
}
END_TEST

/* ---------------------------------------------------------------------
** Deep and long terms
*/

static CTerm *nested_tuples(int n, CTerm *inner) {
  for (int i = 0; i < n; i++) inner = T(1, inner);
  return inner;
}

static char *braces(int n, const char *inner) {
  size_t k = strlen(inner);
  char *s = arena_alloc(A, 2 * (size_t)n + k + 1);
  memset(s, '{', (size_t)n);
  memcpy(s + n, inner, k);
  memset(s + n + k, '}', (size_t)n);
  return s;
}

/* The outermost term is at depth 1; up to depth 10000 prints in full. */
START_TEST(deep_printing) {
  ck_assert_str_eq(show(nested_tuples(9999, Nil())), braces(9999, "[]"));
  ck_assert_str_eq(show(nested_tuples(10000, Nil())), braces(10000, "..."));
  CTerm *heads = Nil();
  for (int i = 0; i < 20000; i++) heads = cterm_cons(A, heads, Nil());
  const char *s = show(heads);
  ck_assert_uint_eq(strlen(s), 2 * 10000 + 3);
  ck_assert(strstr(s, "[[[...]]]") != NULL);
  CTerm *deep = nested_tuples(10000, At("x"));
  ck_assert_int_eq(cterm_compare(deep, nested_tuples(10000, At("x"))), 0);
}
END_TEST

/* A million-element list prints, measures and compares without deep
** recursion: the spine is walked iteratively. */
START_TEST(long_lists) {
  CTerm *a = Nil(), *b = Nil();
  for (int i = 0; i < 1000000; i++) {
    a = cterm_cons(A, I(i % 10), a);
    b = cterm_cons(A, I(i % 10), b);
  }
  ck_assert_int_eq(cterm_list_length(a), 1000000);
  ck_assert(cterm_equal(a, b));
  ck_assert_uint_eq(strlen(show(a)), 2000001);
  CTerm *c = cterm_cons(A, I(0), b);
  ck_assert_int_lt(cterm_compare(c, a), 0); /* [0,9,...] < [9,...] */
}
END_TEST

Suite *make_suite(void) {
  Suite *s = suite_create("term");
  struct {
    const char *name;
    const TTest *test;
  } cases[] = {
      {"float_table", float_table},       {"float_notation", float_notation},
      {"atom_quoting", atom_quoting},     {"string_escapes", string_escapes},
      {"integer_printing", integer_printing}, {"big_normalisation", big_normalisation},
      {"decimal_parsing", decimal_parsing}, {"container_printing", container_printing},
      {"binary_printing", binary_printing}, {"map_printing_order", map_printing_order},
      {"sort_matches_erl", sort_matches_erl}, {"compare_pairs", compare_pairs},
      {"compare_ties", compare_ties},     {"equality", equality},
      {"accessors", accessors},           {"deep_printing", deep_printing},
      {"long_lists", long_lists},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    TCase *tc = tcase_create(cases[i].name);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, cases[i].test);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
  }
  return s;
}
