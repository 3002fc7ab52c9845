{{/*
Every KEDA object of Todo Functions, as a YAML stream. Both the app chart (keda.enabled) and this
chart installed alone call it, so there is one implementation and one `workers:` map.
Call with a dict:
  settings  this chart's values (protocol, defaults, http, scaledJob)
  workers   the `workers:` map (key → {queue, scaling})
  names     dict: fullname, host, httpDeployment, httpService, httpPort, workerDeployments (key → name),
            rabbitmqSecret/rabbitmqKey, managementSecret/managementKey, postgresSecret
  labels    labels for every object (YAML)
  podSpecs  (ScaledJob mode) key → worker pod spec (YAML); only the app chart can supply these
  podLabels (ScaledJob mode) key → the worker pods' labels (YAML), so NetworkPolicies select the Job pods as workers
*/}}
{{- define "todo-keda.objects" -}}
{{- $settings := .settings }}
{{- $names := .names }}
{{- $labels := .labels }}
{{- $podSpecs := .podSpecs | default dict }}
{{- $podLabels := .podLabels | default dict }}
{{- $scaledJob := $settings.scaledJob | default dict }}
{{- $usesRabbitmq := false }}
{{- $usesPostgresql := false }}
{{- range $key, $worker := .workers }}
{{- $s := mergeOverwrite (deepCopy $settings.defaults) (deepCopy ($worker.scaling | default dict)) }}
{{- if eq $s.trigger "rabbitmq" }}{{ $usesRabbitmq = true }}{{ else if eq $s.trigger "postgresql" }}{{ $usesPostgresql = true }}{{ else }}{{ fail (printf "workers.%s.scaling.trigger: %s is not rabbitmq or postgresql" $key $s.trigger) }}{{ end }}
{{- $name := index $names.workerDeployments $key }}
{{- if and $scaledJob.enabled (has $key $scaledJob.workers) }}
---
apiVersion: keda.sh/v1alpha1
kind: ScaledJob
metadata:
  name: {{ $name }}
  labels:
    {{- $labels | nindent 4 }}
    todo-functions.io/worker: {{ $key }}
    todo-functions.io/queue: {{ $worker.queue }}
spec:
  jobTargetRef:
    parallelism: 1
    completions: 1
    backoffLimit: 0
    # The worker runs until SIGTERMed here, then drains (finishes or requeues its turns) and exits.
    activeDeadlineSeconds: {{ $scaledJob.activeDeadlineSeconds }}
    template:
      metadata:
        labels:
          {{- required (printf "ScaledJob mode for %s needs the app chart's pod labels" $key) (index $podLabels $key) | nindent 10 }}
      spec:
        restartPolicy: Never
        {{- required (printf "ScaledJob mode for %s needs the app chart's pod spec (install through helm/todo-functions)" $key) (index $podSpecs $key) | nindent 8 }}
  pollingInterval: {{ $s.pollingInterval }} # Default: 30 seconds
  maxReplicaCount: {{ $scaledJob.maxReplicaCount }} # Default: 100
  successfulJobsHistoryLimit: 3 # Default: 100
  failedJobsHistoryLimit: 3 # Default: 100
  scalingStrategy:
    strategy: accurate # queue length already excludes messages that running Jobs hold
  triggers:
    {{- include "todo-keda.trigger" (dict "s" $s "worker" $worker "names" $names "settings" $settings) | nindent 4 }}
{{- else }}
---
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: {{ $name }}
  labels:
    {{- $labels | nindent 4 }}
    todo-functions.io/worker: {{ $key }}
    todo-functions.io/queue: {{ $worker.queue }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ $name }}
  pollingInterval: {{ $s.pollingInterval }} # Default: 30 seconds
  cooldownPeriod: {{ $s.cooldownPeriod }} # Default: 300 seconds
  minReplicaCount: {{ $s.minReplicaCount }} # Default: 0
  maxReplicaCount: {{ $s.maxReplicaCount }} # Default: 100
  fallback:
    failureThreshold: {{ $s.fallback.failureThreshold }}
    replicas: {{ $s.fallback.replicas }}
  advanced:
    restoreToOriginalReplicaCount: false # Default: false
    horizontalPodAutoscalerConfig:
      behavior:
        {{- toYaml $s.behavior | nindent 8 }}
  triggers:
    {{- include "todo-keda.trigger" (dict "s" $s "worker" $worker "names" $names "settings" $settings) | nindent 4 }}
{{- end }}
{{- end }}
{{- if $usesRabbitmq }}
---
apiVersion: keda.sh/v1alpha1
kind: TriggerAuthentication
metadata:
  name: {{ printf "%s-rabbitmq" $names.fullname }}
  labels:
    {{- $labels | nindent 4 }}
spec:
  secretTargetRef:
    {{- if eq $settings.protocol "http" }}
    # Management API URL with credentials and vhost: http://user:pass@host:15672/vhost
    - parameter: host
      name: {{ $names.managementSecret }}
      key: {{ $names.managementKey }}
    {{- else }}
    # The AMQP URI the workers use: amqp://user:pass@host:5672/vhost
    - parameter: host
      name: {{ $names.rabbitmqSecret }}
      key: {{ $names.rabbitmqKey }}
    {{- end }}
{{- end }}
{{- if $usesPostgresql }}
---
apiVersion: keda.sh/v1alpha1
kind: TriggerAuthentication
metadata:
  name: {{ printf "%s-postgresql" $names.fullname }}
  labels:
    {{- $labels | nindent 4 }}
spec:
  secretTargetRef:
    # libpq form (postgresql://user:pass@host:5432/db?sslmode=require), not the Npgsql string the app reads.
    - parameter: connection
      name: {{ $names.postgresSecret }}
      key: {{ $settings.defaults.postgresql.connectionKey }}
{{- end }}
{{- if $settings.httpScaling.addon.enabled }}
---
apiVersion: http.keda.sh/v1alpha1
kind: HTTPScaledObject
metadata:
  name: {{ $names.httpDeployment }}
  labels:
    {{- $labels | nindent 4 }}
spec:
  hosts: [{{ $names.host | quote }}]
  pathPrefixes: ["/api"]
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ $names.httpDeployment }}
    service: {{ $names.httpService }}
    port: {{ $names.httpPort }}
  replicas:
    min: {{ $settings.httpScaling.addon.minReplicas }} # Default: 0
    max: {{ $settings.httpScaling.addon.maxReplicas }} # Default: 100
  scaledownPeriod: {{ $settings.httpScaling.addon.scaledownPeriod }} # Default: 300 seconds
  scalingMetric:
    requestRate:
      targetValue: {{ $settings.httpScaling.addon.requestRate.targetValue }}
      window: {{ $settings.httpScaling.addon.requestRate.window }}
      granularity: {{ $settings.httpScaling.addon.requestRate.granularity }}
{{- else }}
---
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: {{ $names.httpDeployment }}
  labels:
    {{- $labels | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ $names.httpDeployment }}
  # Without the add-on nothing holds a request while the Deployment is at zero, so keep at least one.
  minReplicaCount: {{ max 1 (int $settings.httpScaling.cpu.minReplicaCount) }}
  maxReplicaCount: {{ $settings.httpScaling.cpu.maxReplicaCount }}
  advanced:
    horizontalPodAutoscalerConfig:
      behavior:
        scaleDown:
          stabilizationWindowSeconds: 300
  triggers:
    - type: cpu
      metricType: Utilization
      metadata:
        value: {{ $settings.httpScaling.cpu.cpuUtilization | quote }}
    - type: memory
      metricType: Utilization
      metadata:
        value: {{ $settings.httpScaling.cpu.memoryUtilization | quote }}
{{- end }}
{{- end }}

{{/* One worker's trigger. */}}
{{- define "todo-keda.trigger" -}}
{{- $s := .s -}}
{{- if eq $s.trigger "postgresql" -}}
- type: postgresql
  metadata:
    query: {{ required "scaling.postgresql.query is required for a postgresql trigger" $s.postgresql.query | quote }}
    targetQueryValue: {{ $s.value | quote }}
    activationTargetQueryValue: {{ $s.activationValue | quote }}
  authenticationRef:
    name: {{ printf "%s-postgresql" .names.fullname }}
{{- else -}}
- type: rabbitmq
  metadata:
    protocol: {{ .settings.protocol }}
    queueName: {{ .worker.queue }}
    mode: {{ $s.mode }}
    value: {{ $s.value | quote }}
    activationValue: {{ $s.activationValue | quote }}
  authenticationRef:
    name: {{ printf "%s-rabbitmq" .names.fullname }}
{{- end }}
{{- end }}
