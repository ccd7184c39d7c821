package okta

// DevicesService manages devices. Reach it as client.Devices.
type DevicesService service
