{{/* Chart name, truncated to the 63 characters a DNS label allows. */}}
{{- define "todo.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* `<release>-<chart>` unless the release name already contains the chart name. */}}
{{- define "todo.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "todo.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Name of one component's resources: `<fullname>-<component>`. Call with (list $ "web"). */}}
{{- define "todo.componentName" -}}
{{- $root := index . 0 }}
{{- printf "%s-%s" (include "todo.fullname" $root) (index . 1) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Deployment name of a worker from the `workers` map key. Call with (list $ "todo-commands"). */}}
{{- define "todo.workerName" -}}
{{- $root := index . 0 }}
{{- printf "%s-worker-%s" (include "todo.fullname" $root) (index . 1) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Selector labels of a component. Call with (list $ "web"). */}}
{{- define "todo.selectorLabels" -}}
{{- $root := index . 0 -}}
app.kubernetes.io/name: {{ include "todo.name" $root }}
app.kubernetes.io/instance: {{ $root.Release.Name }}
app.kubernetes.io/component: {{ index . 1 }}
{{- end }}

{{/* Standard labels of a component. Call with (list $ "web"). */}}
{{- define "todo.labels" -}}
{{- $root := index . 0 -}}
helm.sh/chart: {{ include "todo.chart" $root }}
{{ include "todo.selectorLabels" . }}
app.kubernetes.io/version: {{ $root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ $root.Release.Service }}
app.kubernetes.io/part-of: todo-functions
{{- with $root.Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* Labels that every pod of this release carries (NetworkPolicy default deny selects them). */}}
{{- define "todo.releaseSelector" -}}
app.kubernetes.io/name: {{ include "todo.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* `<registry>/<repository>:<tag>` or `@<digest>`. Call with (list $ .Values.web.image). */}}
{{- define "todo.image" -}}
{{- $root := index . 0 }}
{{- $image := index . 1 }}
{{- $tag := default $root.Chart.AppVersion $root.Values.image.tag }}
{{- if eq $tag "latest" }}{{ fail "image.tag must name a version, not latest" }}{{ end }}
{{- $repository := $image.repository }}
{{- with $root.Values.image.registry }}{{ $repository = printf "%s/%s" (trimSuffix "/" .) $repository }}{{ end }}
{{- if $root.Values.image.digest }}
{{- printf "%s@%s" $repository $root.Values.image.digest }}
{{- else }}
{{- printf "%s:%s" $repository $tag }}
{{- end }}
{{- end }}

{{/* A third-party image with its own tag. Call with .Values.backup.image. */}}
{{- define "todo.thirdPartyImage" -}}
{{- if eq (toString .tag) "latest" }}{{ fail "third-party image tags must name a version, not latest" }}{{ end }}
{{- printf "%s:%s" .repository (toString .tag) }}
{{- end }}

{{/* Secret name holding one secret. Call with (list $ "postgres"). */}}
{{- define "todo.secretName" -}}
{{- $root := index . 0 }}
{{- $secret := index $root.Values.secrets (index . 1) }}
{{- default (include "todo.fullname" $root) $secret.existingSecret }}
{{- end }}

{{/* True when the chart renders the value of this secret into its own Secret. Call with (list $ "postgres"). */}}
{{- define "todo.secretRendered" -}}
{{- $root := index . 0 }}
{{- $secret := index $root.Values.secrets (index . 1) }}
{{- if not $secret.existingSecret }}true{{ end }}
{{- end }}

{{/* A value from a Secret already in the cluster (kept across upgrades), or a new random one. Call with (list $ "secret-name" "key" length). */}}
{{- define "todo.persistentRandom" -}}
{{- $root := index . 0 }}
{{- $existing := lookup "v1" "Secret" $root.Release.Namespace (index . 1) }}
{{- if and $existing (hasKey $existing.data (index . 2)) }}
{{- index $existing.data (index . 2) | b64dec }}
{{- else }}
{{- randAlphaNum (index . 3) }}
{{- end }}
{{- end }}

{{- define "todo.postgresPassword" -}}
{{- include "todo.persistentRandom" (list . (include "todo.componentName" (list . "postgresql")) "password" 32) }}
{{- end }}

{{- define "todo.rabbitmqPassword" -}}
{{- include "todo.persistentRandom" (list . (include "todo.componentName" (list . "rabbitmq")) "password" 32) }}
{{- end }}

{{/* The Npgsql connection string the chart renders (explicit value, else the in-cluster database). */}}
{{- define "todo.postgresConnection" -}}
{{- if .Values.secrets.postgres.value }}
{{- .Values.secrets.postgres.value }}
{{- else if .Values.postgresql.enabled }}
{{- printf "Host=%s;Port=5432;Username=%s;Password=%s;Database=%s" (include "todo.componentName" (list . "postgresql")) .Values.postgresql.username (include "todo.postgresPassword" .) .Values.postgresql.database }}
{{- else }}
{{- fail "secrets.postgres: set existingSecret (or value for development), or enable postgresql" }}
{{- end }}
{{- end }}

{{/* libpq URL of the database for KEDA's postgresql scaler: secrets.postgres.libpqValue, or built for the in-cluster database; empty otherwise. */}}
{{- define "todo.postgresLibpqConnection" -}}
{{- if .Values.secrets.postgres.libpqValue }}
{{- .Values.secrets.postgres.libpqValue }}
{{- else if and .Values.postgresql.enabled (not .Values.secrets.postgres.value) }}
{{- printf "postgresql://%s:%s@%s:5432/%s?sslmode=disable" .Values.postgresql.username (include "todo.postgresPassword" . | urlquery) (include "todo.componentName" (list . "postgresql")) .Values.postgresql.database }}
{{- end }}
{{- end }}

{{- define "todo.rabbitmqUri" -}}
{{- if .Values.secrets.rabbitmq.value }}
{{- .Values.secrets.rabbitmq.value }}
{{- else if .Values.rabbitmq.enabled }}
{{- printf "amqp://%s:%s@%s:5672/" .Values.rabbitmq.username (include "todo.rabbitmqPassword" .) (include "todo.componentName" (list . "rabbitmq")) }}
{{- else }}
{{- fail "secrets.rabbitmq: set existingSecret (or value for development), or enable rabbitmq" }}
{{- end }}
{{- end }}

{{- define "todo.rabbitmqManagementUri" -}}
{{- if .Values.secrets.rabbitmqManagement.value }}
{{- .Values.secrets.rabbitmqManagement.value }}
{{- else if .Values.rabbitmq.enabled }}
{{- printf "http://%s:%s@%s:15672/" .Values.rabbitmq.username (include "todo.rabbitmqPassword" .) (include "todo.componentName" (list . "rabbitmq")) }}
{{- end }}
{{- end }}

{{/* env entry reading one secret. Call with (list $ "postgres" "ConnectionStrings__Todo" optional). */}}
{{- define "todo.secretEnv" -}}
{{- $root := index . 0 }}
{{- $secret := index $root.Values.secrets (index . 1) -}}
- name: {{ index . 2 }}
  valueFrom:
    secretKeyRef:
      name: {{ include "todo.secretName" (list $root (index . 1)) }}
      key: {{ $secret.key }}
      {{- if gt (len .) 3 }}
      optional: true
      {{- end }}
{{- end }}

{{/* Environment shared by the HTTP functions and the workers. */}}
{{- define "todo.appEnv" -}}
{{ include "todo.secretEnv" (list . "postgres" "ConnectionStrings__Todo") }}
{{ include "todo.secretEnv" (list . "rabbitmq" "ConnectionStrings__RabbitMQ") }}
{{ include "todo.secretEnv" (list . "aiApiKey" "AI__ApiKey" "optional") }}
{{- end }}

{{/* Volumes every app pod needs with a read-only root filesystem. */}}
{{- define "todo.tmpVolume" -}}
- name: tmp
  emptyDir:
    sizeLimit: 256Mi
{{- end }}

{{/* Pod anti-affinity by node between replicas of one component. Call with (list $ "http" "soft"). */}}
{{- define "todo.podAntiAffinity" -}}
{{- $root := index . 0 }}
{{- $mode := index . 2 }}
{{- if eq $mode "hard" -}}
podAntiAffinity:
  requiredDuringSchedulingIgnoredDuringExecution:
    - topologyKey: kubernetes.io/hostname
      labelSelector:
        matchLabels:
          {{- include "todo.selectorLabels" (list $root (index . 1)) | nindent 10 }}
{{- else if eq $mode "soft" -}}
podAntiAffinity:
  preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      podAffinityTerm:
        topologyKey: kubernetes.io/hostname
        labelSelector:
          matchLabels:
            {{- include "todo.selectorLabels" (list $root (index . 1)) | nindent 12 }}
{{- end }}
{{- end }}

{{/* Topology spread constraints. Call with (list $ "http" .Values.http.topologySpread). */}}
{{- define "todo.topologySpread" -}}
{{- $root := index . 0 }}
{{- $spread := index . 2 -}}
- maxSkew: 1
  topologyKey: kubernetes.io/hostname
  whenUnsatisfiable: {{ $spread.whenUnsatisfiable }}
  labelSelector:
    matchLabels:
      {{- include "todo.selectorLabels" (list $root (index . 1)) | nindent 6 }}
{{- if $spread.zone }}
- maxSkew: 1
  topologyKey: topology.kubernetes.io/zone
  whenUnsatisfiable: {{ $spread.whenUnsatisfiable }}
  labelSelector:
    matchLabels:
      {{- include "todo.selectorLabels" (list $root (index . 1)) | nindent 6 }}
{{- end }}
{{- end }}

{{/* True when KEDA's HTTP add-on fronts the HTTP functions (Ingress then routes /api through its interceptor). */}}
{{- define "todo.httpAddon" -}}
{{- if and .Values.keda.enabled .Values.keda.httpScaling.addon.enabled }}true{{ end }}
{{- end }}

{{/* Worker pod spec: used by the worker Deployments and, in ScaledJob mode, by the keda chart's ScaledJob. Call with (list $ "todo-commands" $worker). */}}
{{- define "todo.workerPodSpec" -}}
{{- $root := index . 0 }}
{{- $key := index . 1 }}
{{- $worker := index . 2 }}
{{- $defaults := $root.Values.workerDefaults -}}
serviceAccountName: {{ include "todo.componentName" (list $root "worker") }}
automountServiceAccountToken: false
terminationGracePeriodSeconds: {{ $defaults.terminationGracePeriodSeconds }}
securityContext:
  {{- toYaml $root.Values.podSecurityContext | nindent 2 }}
{{- with $root.Values.imagePullSecrets }}
imagePullSecrets:
  {{- range . }}
  - name: {{ . }}
  {{- end }}
{{- end }}
containers:
  - name: worker
    image: {{ include "todo.image" (list $root $defaults.image) }}
    imagePullPolicy: {{ $root.Values.image.pullPolicy }}
    args: ["--queues", {{ $worker.queue | quote }}]
    ports:
      - name: health
        containerPort: {{ $defaults.healthPort }}
        protocol: TCP
    envFrom:
      - configMapRef:
          name: {{ include "todo.fullname" $root }}
    env:
      {{- include "todo.appEnv" $root | nindent 6 }}
      - name: Workers__HealthPort
        value: {{ $defaults.healthPort | quote }}
      # The kubelet probes the pod address, so listen on every interface (the worker's default outside a container is loopback).
      - name: Workers__HealthHost
        value: "*"
      - name: Workers__DrainTimeout
        value: {{ $defaults.drainTimeout | quote }}
      {{- if include "todo.workerIsScaledJob" (list $root $key) }}
      # A ScaledJob's Job completes when its burst is done instead of running into activeDeadlineSeconds.
      - name: Workers__ExitWhenIdle
        value: {{ $root.Values.keda.scaledJob.exitWhenIdle | default "00:00:30" | quote }}
      {{- end }}
      {{- range $name, $value := $worker.env }}
      - name: {{ $name }}
        value: {{ $value | quote }}
      {{- end }}
    startupProbe:
      httpGet: {path: /healthz, port: health}
      periodSeconds: 2
      failureThreshold: 30
    livenessProbe:
      httpGet: {path: /healthz, port: health}
      periodSeconds: 10
      timeoutSeconds: 3
      failureThreshold: 3
    readinessProbe:
      httpGet: {path: /readyz, port: health}
      periodSeconds: 5
      timeoutSeconds: 3
      failureThreshold: 3
    resources:
      {{- toYaml $worker.resources | nindent 6 }}
    securityContext:
      {{- toYaml $root.Values.containerSecurityContext | nindent 6 }}
    volumeMounts:
      - name: tmp
        mountPath: /tmp
volumes:
  {{- include "todo.tmpVolume" $root | nindent 2 }}
{{- with $defaults.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $defaults.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}

{{/* When the migrations run: before install and upgrade, except that an in-cluster PostgreSQL does not exist before the first install. */}}
{{- define "todo.migrationsHook" -}}
{{- if .Values.postgresql.enabled }}post-install,pre-upgrade{{ else }}pre-install,pre-upgrade{{ end }}
{{- end }}

{{/* Labels of a worker's pods (Deployment or ScaledJob). Call with (list $ "todo-commands" $worker). */}}
{{- define "todo.workerPodLabels" -}}
{{ include "todo.labels" (list (index . 0) "worker") }}
todo-functions.io/worker: {{ index . 1 }}
todo-functions.io/queue: {{ (index . 2).queue }}
{{- end }}

{{/* True when keda's ScaledJob mode runs this worker as Jobs instead of a Deployment. Call with (list $ "chat-commands"). */}}
{{- define "todo.workerIsScaledJob" -}}
{{- $root := index . 0 }}
{{- if and $root.Values.keda.enabled $root.Values.keda.scaledJob.enabled (has (index . 1) $root.Values.keda.scaledJob.workers) }}true{{ end }}
{{- end }}

{{/* NetworkPolicy egress rule to PostgreSQL: the in-cluster pods, or the external database's CIDR. */}}
{{- define "todo.egressToDatabase" -}}
{{- if .Values.postgresql.enabled -}}
- to:
    - podSelector:
        matchLabels:
          {{- include "todo.selectorLabels" (list . "postgresql") | nindent 10 }}
  ports:
    - {port: 5432, protocol: TCP}
{{- else -}}
- to:
    - ipBlock:
        cidr: {{ .Values.networkPolicy.externalDatabase.cidr }}
  ports:
    - {port: {{ .Values.networkPolicy.externalDatabase.port }}, protocol: TCP}
{{- end }}
{{- end }}

{{/* NetworkPolicy egress rule to RabbitMQ. */}}
{{- define "todo.egressToBroker" -}}
{{- if .Values.rabbitmq.enabled -}}
- to:
    - podSelector:
        matchLabels:
          {{- include "todo.selectorLabels" (list . "rabbitmq") | nindent 10 }}
  ports:
    - {port: 5672, protocol: TCP}
{{- else -}}
- to:
    - ipBlock:
        cidr: {{ .Values.networkPolicy.externalBroker.cidr }}
  ports:
    {{- range .Values.networkPolicy.externalBroker.ports }}
    - {port: {{ . }}, protocol: TCP}
    {{- end }}
{{- end }}
{{- end }}

{{/* NetworkPolicy egress rule to the AI endpoint over HTTPS. */}}
{{- define "todo.egressToAi" -}}
{{- if .Values.networkPolicy.aiEgress.enabled -}}
- to:
    - ipBlock:
        cidr: {{ .Values.networkPolicy.aiEgress.cidr }}
  ports:
    - {port: 443, protocol: TCP}
{{- end }}
{{- end }}

{{/* NetworkPolicy peer: the ingress controller's pods. */}}
{{- define "todo.ingressControllerPeer" -}}
- namespaceSelector:
    matchLabels:
      {{- toYaml .Values.networkPolicy.ingressController.namespaceSelector | nindent 6 }}
  podSelector:
    matchLabels:
      {{- toYaml .Values.networkPolicy.ingressController.podSelector | nindent 6 }}
{{- end }}
