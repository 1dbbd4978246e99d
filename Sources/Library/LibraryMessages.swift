import LessonsCore

/// Every message the library's builtins report, declared once.
extension DiagnosticMessage {
    static func emptyArray(_ method: String) -> Self {
        .init("\(method) of an empty array has no value; check that the array has elements first")
    }

    static func notComparable(_ method: String, _ type: String) -> Self {
        .init("\(method) needs numbers or strings, not elements of type '\(type)'")
    }

    static func closureMustReturnBool(_ method: String, _ type: String) -> Self {
        .init("the closure given to \(method) must return a 'Bool', not a '\(type)'")
    }

    static func notDifferentiable(_ reason: String) -> Self {
        .init("this closure cannot be differentiated: \(reason); write it with arithmetic, "
            + "exp, log, sqrt, abs, pow, min, max and the activations")
    }

    static func derivativeArity(_ count: Int) -> Self {
        .init("a derivative takes 1 number, not \(count) arguments")
    }

    static func derivativeOrder() -> Self {
        .init("derivatives go up to the second, f.derivative.derivative; a third derivative is not supported")
    }

    static func runDidNot(_ verb: String, _ property: String) -> Self {
        .init("the run did not \(verb), so it has no step at which it \(property); check run.\(property) first")
    }

    static func noCriticalPoint(_ start: String) -> Self {
        .init("Newton's method found no critical point near \(start); start closer to one")
    }

    static func tooManySteps(_ steps: Int, limit: Int) -> Self {
        .init("\(steps) steps is outside 0...\(limit); descent runs at most \(limit) steps")
    }

    static func wrongDimension(_ given: Int, _ expected: String) -> Self {
        .init("a point of \(given) coordinate\(given == 1 ? "" : "s") cannot be used here; \(expected)")
    }

    static func tableRow(_ row: Int, cells: Int, columns: Int) -> Self {
        .init("row \(row) of the table has \(cells) cell\(cells == 1 ? "" : "s") but there \(columns == 1 ? "is 1 column" : "are \(columns) columns"); give every row one value per column")
    }

    static func tableDigits(_ digits: Int) -> Self {
        .init("a table shows 1 to 17 significant digits, not \(digits)")
    }

    static func tableWithoutColumns() -> Self {
        .init("a table needs at least one column; name them in columns:")
    }

    static func notSquare() -> Self {
        .init("the matrix is not square; give as many rows as columns")
    }

    static func levelCount(_ count: Int) -> Self {
        .init("a contour map draws 1 to 40 levels, not \(count)")
    }

    static func resolution(_ resolution: Int) -> Self {
        .init("a basin map's resolution is 2 to 201 starts a side, not \(resolution)")
    }

    static func zeroStride() -> Self {
        .init("a stride of 0 never reaches its end; use a step other than 0")
    }

    static func badFormat(_ format: String) -> Self {
        .init("'\(format)' is not a format String(format:) understands; use %d, %i, %x, %f, %e, %g or %s, with flags, width and precision")
    }

    static func formatArgumentCount(_ conversions: Int, _ arguments: Int) -> Self {
        .init("the format has \(conversions) conversion\(conversions == 1 ? "" : "s") but \(arguments) value\(arguments == 1 ? " was" : "s were") given")
    }

    static func formatMismatch(_ conversion: String, _ type: String) -> Self {
        .init("\(conversion) cannot format a value of type '\(type)'")
    }

    static func notNumbers(_ method: String, _ type: String) -> Self {
        .init("\(method) needs numbers, not elements of type '\(type)'")
    }

    static func negativeCount(_ name: String, _ count: Int) -> Self {
        .init("\(name) needs a count of \(name.hasPrefix("grid") ? 1 : 0) or more, not \(count)")
    }

    static func notConvertibleToInt(_ value: String) -> Self {
        .init("\(value) cannot be converted to 'Int'; it is not finite or does not fit")
    }

    static func emptyPlotRange(_ range: String) -> Self {
        .init("the range \(range) is empty; plot over a range with lowerBound < upperBound")
    }

    static func tooManySeries(_ count: Int, limit: Int) -> Self {
        .init("a chart shows at most \(limit) functions, not \(count); split it into several charts")
    }

    static func labelCountMismatch(labels: Int, functions: Int) -> Self {
        .init("\(labels) labels for \(functions) functions; give one label per function or none")
    }

    static func functionResultNotNumber(_ type: String) -> Self {
        .init("a plotted function must return a 'Double', not a '\(type)'")
    }
}

extension DiagnosticMessage {
    static func arithmeticOverflowInSum() -> Self {
        .init("arithmetic overflow: the sum does not fit in 'Int'")
    }
}

extension DiagnosticMessage {
    static func networkWidths(_ widths: String) -> Self {
        .init("a network needs an input width and an output width, each 1 or more, not \(widths); write network([2, 16, 1])")
    }

    static func featuresMismatch(data: Int, network: Int) -> Self {
        .init("the data has \(data) feature\(data == 1 ? "" : "s") per example but the network takes \(network) input\(network == 1 ? "" : "s"); make the first width \(data)")
    }

    static func referenceFeatures(data: Int, reference: Int) -> Self {
        .init("the data has \(data) feature\(data == 1 ? "" : "s") per example but the reference has \(reference); standardize with a set of the same features")
    }

    static func outputsMismatch(outputs: Int, classes: Int?, targets: Int?) -> Self {
        if let classes {
            return .init("a network with \(outputs) output\(outputs == 1 ? "" : "s") cannot learn \(classes) classes; give it \(classes) outputs\(classes == 2 ? " (or 1 with a sigmoid output)" : "")")
        }
        return .init("a network with \(outputs) output\(outputs == 1 ? "" : "s") cannot learn targets of \(targets ?? 0) values; make the last width \(targets ?? 0)")
    }

    static func lossNeedsOutput(_ loss: String, _ activation: String) -> Self {
        .init("\(loss) is computed from the output layer's \(activation == "linear" ? "logits" : "pre-activation"); build the network with output: .\(activation)")
    }

    static func batchSize(_ size: Int) -> Self {
        .init("a batch holds 1 or more examples, not \(size)")
    }

    static func dropRate(_ name: String, _ value: String) -> Self {
        .init("a \(name) rate is the fraction of units dropped, in 0..<1, not \(value); 0 drops none")
    }

    static func negativeStrength(_ name: String, _ value: String) -> Self {
        .init("\(name) must be 0 or more, not \(value); 0 turns it off")
    }

    static func patience(_ value: String) -> Self {
        .init("a patience of \(value) epochs would stop before any epoch could improve; use a whole number of 1 or more, such as .errorChange(patience: 10)")
    }

    static func stoppingNeedsValidation() -> Self {
        .init("the error-change rule watches the validation loss; train with validation: a held-out set, or stop by .weightChange")
    }

    static func normalizationBatchOfOne(_ size: Int, _ count: Int) -> Self {
        .init(size == 1
            ? "batch normalization needs 2 or more examples per batch in training, since one example has no variance; use a batchSize of 2 or more"
            : "with \(count) examples in batches of \(size), the last batch of each epoch holds 1 example, which batch normalization cannot normalise; choose another batchSize")
    }

    static func classIndex(_ label: Int, _ count: Int) -> Self {
        .init("there are \(count) logits, so the label is one of 0..<\(count), not \(label)")
    }

    static func noMatch(_ method: String) -> Self {
        .init("\(method) found no such element, and blocks have no optionals; check with contains first")
    }

    static func notNormalized(_ layer: Int) -> Self {
        .init("layer \(layer) has no batch normalization; build the network with batchNorm: .beforeActivation or .afterActivation")
    }

    static func rotationNeedsPlane(_ features: Int) -> Self {
        .init("rotation and reflection turn points of the plane, but these examples have \(features) features; augment them with jitter only")
    }

    static func directionLength(_ given: Int, _ features: Int) -> Self {
        .init("the direction has \(given) component\(given == 1 ? "" : "s") but the examples have \(features) features; give one per feature")
    }

    static func sampleSize(_ count: Int, _ available: Int) -> Self {
        .init("cannot draw \(count) examples from \(available) without replacement; ask for 0...\(available)")
    }

    static func featureIndex(_ index: Int, _ features: Int) -> Self {
        .init("the examples have features 0..<\(features), not \(index)")
    }

    static func correlation(_ value: String) -> Self {
        .init("a correlation is in −1...1, not \(value)")
    }

    static func tooManyFeatures(_ features: Int) -> Self {
        .init("this takes the eigenvalues of a \(features) × \(features) matrix; it works on up to 64 features")
    }

    static func noWeights() -> Self {
        .init("linearData needs one weight per input, and at least one, such as weights: [3, -2, 0]")
    }

    static func needsOneTarget() -> Self {
        .init("this needs regression data with one target per example, such as linearData(count:weights:)")
    }

    static func singularLeastSquares() -> Self {
        .init("the inputs are collinear, so least squares has no single solution at lambda 0; use a lambda above 0")
    }

    static func noiseFraction(_ value: String) -> Self {
        .init("the fraction of labels to change is outside 0...1: \(value)")
    }

    static func neverStopped() -> Self {
        .init("the run trained every epoch, so it has no stoppedAt; check run.stopped first")
    }

    static func noBestEpoch() -> Self {
        .init("the run had no validation set, so it has no bestEpoch; train with validation: a held-out set")
    }

    static func neverStops(_ rule: String) -> Self {
        .init("\(rule) never fires on this run, so it has no stopping epoch; train longer, or loosen the rule")
    }

    static func trainingTooLarge(_ work: Int, limit: Int) -> Self {
        .init("this training would take \(work) multiply-adds, more than the \(limit) a block may spend; use fewer epochs, examples or units")
    }

    static func raggedRows(_ row: Int, _ count: Int, _ first: Int) -> Self {
        .init("row \(row) has \(count) value\(count == 1 ? "" : "s") but row 0 has \(first); give every example the same number of values")
    }

    static func countMismatch(_ inputs: Int, _ targets: Int) -> Self {
        .init("\(inputs) inputs but \(targets) targets; give one target per input")
    }

    static func negativeLabel(_ label: Int) -> Self {
        .init("class labels count from 0, so \(label) cannot be one")
    }

    static func fraction(_ value: String) -> Self {
        .init("the training fraction \(value) is outside 0...1")
    }

    static func noLabels() -> Self {
        .init("accuracy needs class labels, and this dataset has target values; use cost(_:on:loss:) instead")
    }

    static func layerIndex(_ index: Int, count: Int) -> Self {
        .init("the network has layers 1...\(count), not \(index)")
    }

    static func emptyDataset() -> Self {
        .init("the dataset has no examples; give it at least one")
    }
}

extension DiagnosticMessage {
    static func binCount(_ bins: Int, limit: Int) -> Self {
        .init("a histogram has 1...\(limit) bins, not \(bins)")
    }

    static func noFiniteValues() -> Self {
        .init("there is no finite value to draw; check the values for NaN or infinity first")
    }

    static func categoryCountMismatch(values: Int, categories: Int) -> Self {
        .init("a series has \(values) value\(values == 1 ? "" : "s") but there \(categories == 1 ? "is 1 category" : "are \(categories) categories"); give one value per category")
    }

    static func planeInputs(_ inputs: Int) -> Self {
        .init("a decision boundary is drawn over the plane, so the network needs 2 inputs, not \(inputs)")
    }

    static func boundaryNeedsLabels() -> Self {
        .init("a decision boundary shows classes, and this dataset has target values; use a dataset with class labels")
    }
}

extension DiagnosticMessage {
    static func dataFile(_ path: String, _ problem: LessonFileProblem) -> Self {
        switch problem {
        case .outsideLessons:
            .init("'\(path)' is outside the lessons folder; name a file inside it, relative to it, such as \"data/points.csv\"")
        case .notFound:
            .init("there is no file '\(path)' in the lessons folder; paths are relative to the lessons folder")
        case .tooLarge(let bytes, let limit):
            .init("'\(path)' is \(bytes) bytes, more than the \(limit) a lesson may load; use a smaller sample of the data")
        case .notText:
            .init("'\(path)' is not UTF-8 text; save it as UTF-8")
        case .unreadable(let reason):
            .init("'\(path)' cannot be read: \(reason)")
        }
    }

    static func csvSyntax(_ path: String, _ problem: CSVTable.Problem) -> Self {
        let location = "\(path):\(problem.line): "
        switch problem.kind {
        case .empty:
            return .init("\(location)the file is empty; its first line must name the columns")
        case .unterminatedQuote:
            return .init("\(location)a quoted field is never closed; end it with \"")
        case .quoteInField:
            return .init("\(location)a quote inside a field that is not quoted; quote the whole field and double the quote, as \"a \"\"b\"\"\"")
        case .fieldCount(let fields, let columns):
            return .init("\(location)this row has \(fields) field\(fields == 1 ? "" : "s") but the header names \(columns) column\(columns == 1 ? "" : "s"); give every row one field per column")
        }
    }

    static func noColumn(_ path: String, _ name: String, columns: [String]) -> Self {
        .init("'\(path)' has no column '\(name)'; its columns are \(columns.map { "'\($0)'" }.joined(separator: ", "))")
    }

    static func csvNotNumber(_ path: String, line: Int, column: String, field: String) -> Self {
        .init("\(path):\(line): '\(field)' in column '\(column)' is not a number; inputs and targets must be numbers")
    }

    static func csvNegativeLabel(_ path: String, line: Int, label: Int) -> Self {
        .init("\(path):\(line): class labels count from 0, so \(label) cannot be one")
    }
}

extension DiagnosticMessage {
    static func seriesCountMismatch(_ xs: Int, _ series: Int) -> Self {
        .init("\(xs) sequence\(xs == 1 ? "" : "s") of x values for \(series) series; give one sequence of x values per series")
    }

    static func pointCountMismatch(series: Int, xs: Int, ys: Int) -> Self {
        .init("series \(series) has \(ys) value\(ys == 1 ? "" : "s") but \(xs) x value\(xs == 1 ? "" : "s"); give one x per value")
    }
}
