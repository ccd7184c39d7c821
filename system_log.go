package okta

// SystemLogService reads the System Log. Reach it as client.SystemLog.
type SystemLogService service
