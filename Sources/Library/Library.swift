import Interpreter

/// The builtins of experiment blocks: the engine's public face, in one table.
public enum Library {
    /// Every builtin, with its signature and doc. The reference page is made from this list.
    public static func registry() -> BuiltinRegistry {
        BuiltinRegistry(
            CoreBuiltins.all + MathBuiltins.all + NumberBuiltins.all + ActivationBuiltins.all + ArrayBuiltins.all
                + CollectionBuiltins.all + CalculusBuiltins.all + SurfaceBuiltins.all + DescentBuiltins.all
                + CriticalPointBuiltins.all + RandomBuiltins.all + ChartBuiltins.all + SurfaceChartBuiltins.all
                + StatisticsChartBuiltins.all + DatasetBuiltins.all + DataFileBuiltins.all + NetworkBuiltins.all + TrainBuiltins.all + RegularizationBuiltins.all + DataTechniqueBuiltins.all + ProbabilityBuiltins.all + NetworkChartBuiltins.all
                + InitializerBuiltins.all,
            enumerations: LibraryEnumerations.all + NetworkEnumerations.all,
            objects: [DocumentedType(DescentRun.self), DocumentedType(BasinMap.self), DocumentedType(DatasetObject.self),
                      DocumentedType(NetworkObject.self), DocumentedType(TrainingObject.self)])
    }
}
