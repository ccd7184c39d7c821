package okta

// NetworkZonesService manages network zones. Reach it as client.NetworkZones.
type NetworkZonesService service
