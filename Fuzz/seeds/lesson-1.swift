//| caption: The sigmoid σ and its derivative σ′ between −6 and 6.
plot([sigmoid, sigmoid.derivative], over: -6...6, title: "σ and σ′")
