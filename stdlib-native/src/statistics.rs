//! `_statistics`: the native inverse of the normal distribution's CDF that
//! `statistics.NormalDist.inv_cdf` uses when it is present (Wichura's
//! algorithm AS241, "PPND16": one rational approximation near the median
//! and two in the tails, accurate to about 1e-16).

use pyk_sdk::prelude::*;

/// Evaluates the polynomial whose coefficients are given from the highest
/// power down, at `x` (Horner's scheme).
fn poly(coefficients: &[f64], x: f64) -> f64 {
    coefficients.iter().fold(0.0, |acc, &c| acc * x + c)
}

// AS241's coefficients, highest power first.
const CENTRAL_NUM: [f64; 8] = [
    2.509_080_928_730_122_7e3,
    3.343_057_558_358_812_8e4,
    6.726_577_092_700_870_1e4,
    4.592_195_393_154_987_1e4,
    1.373_169_376_550_946_1e4,
    1.971_590_950_306_551_4e3,
    1.331_416_678_917_843_8e2,
    3.387_132_872_796_366_6,
];
const CENTRAL_DEN: [f64; 8] = [
    5.226_495_278_852_854_6e3,
    2.872_908_573_572_194_3e4,
    3.930_789_580_009_271_1e4,
    2.121_379_430_158_659_6e4,
    5.394_196_021_424_751_1e3,
    6.871_870_074_920_579_1e2,
    4.231_333_070_160_091_1e1,
    1.0,
];
const NEAR_NUM: [f64; 8] = [
    7.745_450_142_783_414_1e-4,
    2.272_384_498_926_918_5e-2,
    2.417_807_251_774_506_1e-1,
    1.270_458_252_452_368_4,
    3.647_848_324_763_204_6,
    5.769_497_221_460_691_4,
    4.630_337_846_156_545_3,
    1.423_437_110_749_683_5,
];
const NEAR_DEN: [f64; 8] = [
    1.050_750_071_644_416_8e-9,
    5.475_938_084_995_345e-4,
    1.519_866_656_361_645_7e-2,
    1.481_039_764_274_800_7e-1,
    6.897_673_349_851_000_5e-1,
    1.676_384_830_183_803_8,
    2.053_191_626_637_758_8,
    1.0,
];
const FAR_NUM: [f64; 8] = [
    2.010_334_399_292_288_1e-7,
    2.711_555_568_743_487_6e-5,
    1.242_660_947_388_078_4e-3,
    2.653_218_952_657_612_3e-2,
    2.965_605_718_285_048_9e-1,
    1.784_826_539_917_291_3,
    5.463_784_911_164_114_4,
    6.657_904_643_501_103,
];
const FAR_DEN: [f64; 8] = [
    2.044_263_103_389_939_8e-15,
    1.421_511_758_316_445_9e-7,
    1.846_318_317_510_054_7e-5,
    7.868_691_311_456_132_6e-4,
    1.487_536_129_085_061_5e-2,
    1.369_298_809_227_358_1e-1,
    5.998_322_065_558_879_4e-1,
    1.0,
];

/// The value below which a normal variable of mean `mu` and standard
/// deviation `sigma` falls with probability `p`.
fn inv_cdf(p: f64, mu: f64, sigma: f64) -> f64 {
    let q = p - 0.5;
    if q.abs() <= 0.425 {
        let r = 0.180625 - q * q;
        let x = q * poly(&CENTRAL_NUM, r) / poly(&CENTRAL_DEN, r);
        return mu + x * sigma;
    }
    let tail = if q <= 0.0 { p } else { 1.0 - p };
    let r = (-tail.ln()).sqrt();
    let x = if r <= 5.0 {
        let r = r - 1.6;
        poly(&NEAR_NUM, r) / poly(&NEAR_DEN, r)
    } else {
        let r = r - 5.0;
        poly(&FAR_NUM, r) / poly(&FAR_DEN, r)
    };
    let x = if q < 0.0 { -x } else { x };
    mu + x * sigma
}

fn normal_dist_inv_cdf(args: Args) -> PyResult<f64> {
    let [p, mu, sigma] = args.exact::<3>()?;
    Ok(inv_cdf(p.to_f64()?, mu.to_f64()?, sigma.to_f64()?))
}

static FUNCTIONS: &[NativeFnDef] = &[native_fn!(
    "_statistics",
    "_normal_dist_inv_cdf",
    normal_dist_inv_cdf,
    "_normal_dist_inv_cdf($module, p, mu, sigma, /)\n--\n\nThe point below which a normal distribution of mean mu and standard\ndeviation sigma has probability p."
)];

/// Creates the `_statistics` module.
pub fn create() -> PyResult<PyObj> {
    ModuleBuilder::new("_statistics", "Native helpers of the statistics module.")?.functions(FUNCTIONS)?.finish()
}
