namespace TodoFunctions.Autoscale.Chart;

/// <summary>An HPAScalingPolicy: at most <see cref="Value"/> pods (or percent) of change per <see cref="PeriodSeconds"/>.</summary>
public sealed record ScalingPolicy(string Type, int Value, int PeriodSeconds);
