{{/* The FlinkDeployment's name; the operator names the cluster's pods and services after it. */}}
{{- define "streamrec.fullname" -}}
{{- .Release.Name | trunc 45 | trimSuffix "-" -}}
{{- end -}}

{{- define "streamrec.labels" -}}
app.kubernetes.io/name: streamrec
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* Labels Flink's native Kubernetes integration puts on every JobManager and TaskManager pod. */}}
{{- define "streamrec.podSelector" -}}
app: {{ include "streamrec.fullname" . }}
type: flink-native-kubernetes
{{- end -}}

{{/* Where the pods see the engine ConfigMap; the job's --config. */}}
{{- define "streamrec.engineConfigDir" -}}/etc/streamrec/engine{{- end -}}
{{- define "streamrec.engineConfigFile" -}}engine.yaml{{- end -}}

{{/* Refuses values that would deploy a job that cannot work, naming them. */}}
{{- define "streamrec.validate" -}}
{{- $security := (.Values.engine.kafka).security | default dict -}}
{{- if and (or $security.passwordFile $security.truststoreFile) (not .Values.kafkaCredentials.secretName) -}}
{{- fail "engine.kafka.security.passwordFile or truststoreFile is set: kafkaCredentials.secretName must name the existing Secret that holds them" -}}
{{- end -}}
{{- if and (gt (int .Values.jobManager.replicas) 1) (not .Values.highAvailability.enabled) -}}
{{- fail "jobManager.replicas > 1 needs highAvailability.enabled: true (standby JobManagers take over through Kubernetes HA)" -}}
{{- end -}}
{{- end -}}
