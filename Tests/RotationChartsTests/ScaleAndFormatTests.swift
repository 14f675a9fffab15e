import RotationCharts
import Testing

struct ScaleAndFormatTests {
    @Test("0.3…9.7 gets ticks every 2 from 0 to 10")
    func niceTicksUnits() {
        // Hand calculation: step 1 would need 11 ticks (> 6), step 2 needs 0,2,…,10 = 6.
        let nice = LinearScale.nice(lower: 0.3, upper: 9.7, maxTicks: 6)
        #expect(nice.step == 2)
        #expect(nice.lower == 0 && nice.upper == 10)
        #expect(nice.ticks == [0, 2, 4, 6, 8, 10])
    }

    @Test("−0.23…0.05 gets ticks every 0.1 from −0.3 to 0.1")
    func niceTicksFractions() {
        // Hand calculation: steps 0.01, 0.02, 0.05 need 29, 16 and 7 ticks; 0.1 needs 5.
        let nice = LinearScale.nice(lower: -0.23, upper: 0.05, maxTicks: 6)
        #expect(abs(nice.step - 0.1) < 1e-15)
        #expect(nice.ticks.count == 5)
        #expect(zip(nice.ticks, [-0.3, -0.2, -0.1, 0, 0.1]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(nice.ticks[3] == 0)
    }

    @Test("a linear scale maps the middle of the domain to the middle of a reversed range")
    func scaleMapping() {
        let y = LinearScale(domainLower: 0, domainUpper: 10, rangeStart: 270, rangeEnd: 44)
        #expect(y(5) == 157)   // 270 + 0.5 · (44 − 270)
        #expect(y(0) == 270)
        #expect(y(10) == 44)
    }

    @Test("numbers print with fixed decimals, rounding half away from zero, no negative zero")
    func numbers() {
        #expect(SVGFormat.number(1234.5678, decimals: 2) == "1234.57")
        #expect(SVGFormat.number(2.5, decimals: 0) == "3")
        #expect(SVGFormat.number(-2.5, decimals: 0) == "-3")
        #expect(SVGFormat.number(-0.004, decimals: 2) == "0.00")
        #expect(SVGFormat.number(-0.0, decimals: 1) == "0.0")
        #expect(SVGFormat.number(0.05, decimals: 3) == "0.050")
        #expect(SVGFormat.label(-12.5, decimals: 1) == "\u{2212}12.5")
    }

    @Test("tick labels show as many decimals as the step needs")
    func tickLabels() {
        #expect(ValueStyle.plain.tickLabel(100, step: 2) == "100")
        #expect(ValueStyle.plain.tickLabel(0.5, step: 0.5) == "0.5")
        #expect(ValueStyle.percent.tickLabel(-0.1, step: 0.1) == "\u{2212}10%")
        #expect(ValueStyle.percent.tickLabel(0.025, step: 0.005) == "2.5%")
    }

    @Test("the five XML special characters are escaped")
    func escaping() {
        #expect(SVGFormat.escape("S&P 500 <\"a\"> 'b'") == "S&amp;P 500 &lt;&quot;a&quot;&gt; &#39;b&#39;")
    }
}
