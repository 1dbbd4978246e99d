var factor = 1.0
for layer in 1...10 {
    factor *= sigmoid.derivative(0)
    if layer % 5 == 0 {
        print("after \(layer) layers the gradient is scaled by at most \(factor)")
    }
}
check(factor == pow(0.25, 10), "ten sigmoid layers scale the gradient by at most (1/4)¹⁰")
check(factor < 1e-6, "after ten sigmoid layers, at most a millionth of the gradient is left")
