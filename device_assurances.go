package okta

// DeviceAssurancesService manages device assurance policies. Reach it as client.DeviceAssurances.
type DeviceAssurancesService service
