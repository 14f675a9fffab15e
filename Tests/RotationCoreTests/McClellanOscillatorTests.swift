import Testing
import RotationCore

struct McClellanOscillatorTests {
    @Test("a seeded EMA starts at the simple average of the first n values")
    func seededEMA() {
        // Hand calculation: n = 3, α = 0.5; seed (1+2+3)/3 = 2; then 2 + 0.5(4−2) = 3; 3 + 0.5(5−3) = 4.
        let ema = McClellanOscillator.seededEMA([1, 2, 3, 4, 5], period: 3)
        #expect(ema == [nil, nil, 2, 3, 4])
        #expect(McClellanOscillator.seededEMA([1, 2], period: 3) == [nil, nil])
    }

    @Test("the oscillator exists from the 39th day and reacts to a jump in net advances")
    func handComputed() {
        // 39 days of A=20, D=10 (net 10, ratio 333.33…), then one day of A=60, D=10 (net 50, ratio 714.28…).
        let advancers = [Int](repeating: 20, count: 39) + [60]
        let decliners = [Int](repeating: 10, count: 40)
        let m = McClellanOscillator(advancers: advancers, decliners: decliners)
        #expect(m.oscillator[37] == nil)
        #expect(m.oscillator[38] == 0)            // both EMAs equal the constant 10
        // Hand: EMA19 = 10 + 0.1·40 = 14, EMA39 = 10 + 0.05·40 = 12 → 2.
        #expect(abs(m.oscillator[39]! - 2) < 1e-12)
        // Hand: (0.1 − 0.05) · (714.2857… − 333.333…) = 0.05 · 380.952… = 19.047619…
        let jump = 50.0 / 70.0 * 1000 - 10.0 / 30.0 * 1000
        #expect(abs(m.ratioAdjusted[39]! - 0.05 * jump) < 1e-9)
        #expect(abs(m.ratioAdjusted[39]! - 19.047619047619) < 1e-9)
        // Summation starts at 0: the first value is the first oscillator value.
        #expect(m.summation[38] == 0 && abs(m.summation[39]! - 2) < 1e-12)
        #expect(abs(m.ratioAdjustedSummation[39]! - 0.05 * jump) < 1e-9)
    }

    @Test("a day with no advancers or decliners has a ratio-adjusted value of zero")
    func allUnchanged() {
        let m = McClellanOscillator(advancers: [Int](repeating: 0, count: 40), decliners: [Int](repeating: 0, count: 40))
        #expect(m.ratioAdjusted[39] == 0 && m.oscillator[39] == 0)
    }
}
