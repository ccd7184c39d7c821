package okta

import (
	"context"
	"net/http"
	"time"
)

// NetworkZonesService manages network zones: sets of IP addresses (IP zones) or of locations, autonomous
// systems and proxy types (dynamic zones) that policies refer to, or that Okta blocks outright (blocklist
// zones). Reach it as client.NetworkZones.
type NetworkZonesService service

// List returns one page of network zones. Pass resp.After back in opts.After to fetch the next page, or use
// ListIter.
//
//okta:operation listNetworkZones GET /api/v1/zones
func (s *NetworkZonesService) List(ctx context.Context, opts *NetworkZonesListOptions) ([]NetworkZone, *Response, error) {
	return send[[]NetworkZone](ctx, s.client, newRequest(http.MethodGet, "/api/v1/zones").withQuery(opts))
}

// ListIter returns an iterator over all network zones that match opts, fetching pages as it goes.
func (s *NetworkZonesService) ListIter(ctx context.Context, opts *NetworkZonesListOptions) *Iterator[NetworkZone] {
	return newIterator[NetworkZone](ctx, s.client, newRequest(http.MethodGet, "/api/v1/zones").withQuery(opts))
}

// Create creates a network zone. An IP zone needs Gateways or Proxies; a dynamic zone needs ProxyType,
// Locations or Asns.
//
//okta:operation createNetworkZone POST /api/v1/zones
func (s *NetworkZonesService) Create(ctx context.Context, zone *NetworkZone) (*NetworkZone, *Response, error) {
	return send[*NetworkZone](ctx, s.client, newRequest(http.MethodPost, "/api/v1/zones").withBody(zone))
}

// Get retrieves a network zone by ID.
//
//okta:operation getNetworkZone GET /api/v1/zones/{zoneId}
func (s *NetworkZonesService) Get(ctx context.Context, zoneID string) (*NetworkZone, *Response, error) {
	return send[*NetworkZone](ctx, s.client, newRequest(http.MethodGet, "/api/v1/zones/{zoneId}", zoneID))
}

// Replace replaces a network zone with zone. Its type cannot change; its usage (POLICY or BLOCKLIST) can.
//
//okta:operation replaceNetworkZone PUT /api/v1/zones/{zoneId}
func (s *NetworkZonesService) Replace(ctx context.Context, zoneID string, zone *NetworkZone) (*NetworkZone, *Response, error) {
	return send[*NetworkZone](ctx, s.client, newRequest(http.MethodPut, "/api/v1/zones/{zoneId}", zoneID).withBody(zone))
}

// Delete deletes a network zone. Okta refuses to delete a zone that a policy or rule uses, or a system zone.
//
//okta:operation deleteNetworkZone DELETE /api/v1/zones/{zoneId}
func (s *NetworkZonesService) Delete(ctx context.Context, zoneID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/zones/{zoneId}", zoneID))
}

// Activate activates a network zone and returns it.
//
//okta:operation activateNetworkZone POST /api/v1/zones/{zoneId}/lifecycle/activate
func (s *NetworkZonesService) Activate(ctx context.Context, zoneID string) (*NetworkZone, *Response, error) {
	return send[*NetworkZone](ctx, s.client, newRequest(http.MethodPost, "/api/v1/zones/{zoneId}/lifecycle/activate", zoneID))
}

// Deactivate deactivates a network zone and returns it.
//
//okta:operation deactivateNetworkZone POST /api/v1/zones/{zoneId}/lifecycle/deactivate
func (s *NetworkZonesService) Deactivate(ctx context.Context, zoneID string) (*NetworkZone, *Response, error) {
	return send[*NetworkZone](ctx, s.client, newRequest(http.MethodPost, "/api/v1/zones/{zoneId}/lifecycle/deactivate", zoneID))
}

// NetworkZonesListOptions are the parameters of NetworkZonesService.List.
type NetworkZonesListOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default, -1, is no limit).
	Limit int `url:"limit"`
	// Filter is a filter expression on id or usage, e.g. `usage eq "BLOCKLIST"` or
	// `(id eq "nzo1" or id eq "nzo2")`.
	Filter string `url:"filter"`
}

// NetworkZoneType is the kind of a network zone.
type NetworkZoneType string

// NetworkZoneType values (NetworkZoneTypeDynamicV2 below is newer). Okta may send others; they decode as they are.
const (
	// NetworkZoneTypeIP is a zone of IP addresses: Gateways and Proxies.
	NetworkZoneTypeIP NetworkZoneType = "IP"
	// NetworkZoneTypeDynamic is a zone of Locations, Asns and a ProxyType.
	NetworkZoneTypeDynamic NetworkZoneType = "DYNAMIC"
)

// NetworkZoneUsage is what a network zone is for.
type NetworkZoneUsage string

// NetworkZoneUsage values.
const (
	// NetworkZoneUsagePolicy is a zone that policies refer to.
	NetworkZoneUsagePolicy NetworkZoneUsage = "POLICY"
	// NetworkZoneUsageBlocklist is a zone whose requests Okta blocks.
	NetworkZoneUsageBlocklist NetworkZoneUsage = "BLOCKLIST"
)

// NetworkZoneStatus is whether a network zone is active.
type NetworkZoneStatus string

// NetworkZoneStatus values.
const (
	NetworkZoneStatusActive   NetworkZoneStatus = "ACTIVE"
	NetworkZoneStatusInactive NetworkZoneStatus = "INACTIVE"
)

// NetworkZoneAddressType is the form of a network zone address.
type NetworkZoneAddressType string

// NetworkZoneAddressType values.
const (
	// NetworkZoneAddressTypeCIDR is a block in CIDR notation, such as "10.0.0.0/8".
	NetworkZoneAddressTypeCIDR NetworkZoneAddressType = "CIDR"
	// NetworkZoneAddressTypeRange is a range, such as "10.0.0.1-10.0.0.99".
	NetworkZoneAddressTypeRange NetworkZoneAddressType = "RANGE"
)

// NetworkZone is a network zone.
type NetworkZone struct {
	ID   string          `json:"id,omitzero"`
	Name string          `json:"name,omitzero"`
	Type NetworkZoneType `json:"type,omitzero"`
	// Status is ACTIVE or INACTIVE; use Activate and Deactivate to change it.
	Status NetworkZoneStatus `json:"status,omitzero"`
	Usage  NetworkZoneUsage  `json:"usage,omitzero"`
	// System is true for the zones Okta creates in every org (LegacyIpZone, BlockedIpZone).
	System *bool `json:"system,omitzero"`
	// Gateways are the IP addresses of an IP zone.
	Gateways []NetworkZoneAddress `json:"gateways,omitzero"`
	// Proxies are the addresses of an IP zone's proxies, which Okta trusts to forward the client's address.
	Proxies []NetworkZoneAddress `json:"proxies,omitzero"`
	// Locations are the countries and regions of a dynamic zone.
	Locations []NetworkZoneLocation `json:"locations,omitzero"`
	// Asns are the autonomous system numbers of a dynamic zone.
	Asns []string `json:"asns,omitzero"`
	// ProxyType is, for a dynamic zone, the proxies it matches: Any, Tor, NotTorAnonymizer, or
	// NetworkZoneProxyTypeNull (or empty) for none.
	ProxyType NetworkZoneProxyType `json:"proxyType,omitzero"`
	// IPServiceCategories are, for an enhanced dynamic zone (DYNAMIC_V2), the IP services (proxies, VPNs) it
	// includes or excludes. Such a zone's asns and locations are objects of include and exclude lists too,
	// which Asns and Locations cannot hold: they are kept in Extra, typed by EnhancedASNs and EnhancedLocations.
	IPServiceCategories *NetworkZoneIPServiceCategories `json:"ipServiceCategories,omitzero"`
	// UseAsExemptList, for an IP zone, is set to true in a Replace of the DefaultExemptIpZone system zone
	// to let its IP addresses through the blocklist zones. Okta takes it only in that request.
	UseAsExemptList *bool     `json:"useAsExemptList,omitzero"`
	Created         time.Time `json:"created,omitzero"`
	LastUpdated     time.Time `json:"lastUpdated,omitzero"`
	Links           Links     `json:"_links,omitzero"`
	Extra           Extra     `json:"-"`
}

// NetworkZoneProxyType is the kind of proxy a dynamic network zone matches.
type NetworkZoneProxyType string

// NetworkZoneProxyType values.
const (
	// NetworkZoneProxyTypeAny matches any proxy.
	NetworkZoneProxyTypeAny NetworkZoneProxyType = "Any"
	// NetworkZoneProxyTypeTor matches Tor anonymizer proxies.
	NetworkZoneProxyTypeTor NetworkZoneProxyType = "Tor"
	// NetworkZoneProxyTypeNotTorAnonymizer matches proxies that are not Tor anonymizers.
	NetworkZoneProxyTypeNotTorAnonymizer NetworkZoneProxyType = "NotTorAnonymizer"
	// NetworkZoneProxyTypeNull is the string "null" (not a JSON null), which Okta takes and sends for a zone
	// that matches no proxy; an empty ProxyType, which is not sent, means the same.
	NetworkZoneProxyTypeNull NetworkZoneProxyType = "null"
)

// NetworkZoneIPServiceCategories are the IP services an enhanced dynamic network zone includes or excludes
// (at most 75 each).
type NetworkZoneIPServiceCategories struct {
	Include []IPServiceCategory `json:"include,omitzero"`
	Exclude []IPServiceCategory `json:"exclude,omitzero"`
	Extra   Extra               `json:"-"`
}

// NetworkZoneASNs are the autonomous system numbers an enhanced dynamic zone (DYNAMIC_V2) includes and
// excludes. Read and write them with NetworkZone.EnhancedASNs and SetEnhancedASNs.
type NetworkZoneASNs struct {
	Include []string `json:"include,omitzero"`
	Exclude []string `json:"exclude,omitzero"`
	Extra   Extra    `json:"-"`
}

// NetworkZoneLocations are the countries and regions an enhanced dynamic zone (DYNAMIC_V2) includes and
// excludes. Read and write them with NetworkZone.EnhancedLocations and SetEnhancedLocations.
type NetworkZoneLocations struct {
	Include []NetworkZoneLocation `json:"include,omitzero"`
	Exclude []NetworkZoneLocation `json:"exclude,omitzero"`
	Extra   Extra                 `json:"-"`
}

// EnhancedASNs returns the ASNs an enhanced dynamic zone (DYNAMIC_V2) includes and excludes, or nil when the
// zone has none. Okta sends them as an object of two lists, which Asns (a DYNAMIC zone's one list) cannot hold,
// so the zone keeps them in Extra.
func (z *NetworkZone) EnhancedASNs() (*NetworkZoneASNs, error) {
	return extraMember[NetworkZoneASNs](z.Extra, "asns", "the network zone's asns")
}

// SetEnhancedASNs sets the ASNs an enhanced dynamic zone (DYNAMIC_V2) includes and excludes, in place of Asns;
// nil removes them.
func (z *NetworkZone) SetEnhancedASNs(asns *NetworkZoneASNs) error {
	z.Asns = nil
	return setZoneMember(z, "asns", asns)
}

// EnhancedLocations returns the locations an enhanced dynamic zone (DYNAMIC_V2) includes and excludes, or nil
// when the zone has none. Okta sends them as an object of two lists, which Locations (a DYNAMIC zone's one list)
// cannot hold, so the zone keeps them in Extra.
func (z *NetworkZone) EnhancedLocations() (*NetworkZoneLocations, error) {
	return extraMember[NetworkZoneLocations](z.Extra, "locations", "the network zone's locations")
}

// SetEnhancedLocations sets the locations an enhanced dynamic zone (DYNAMIC_V2) includes and excludes, in
// place of Locations; nil removes them.
func (z *NetworkZone) SetEnhancedLocations(locations *NetworkZoneLocations) error {
	z.Locations = nil
	return setZoneMember(z, "locations", locations)
}

// setZoneMember keeps v as the member name of z's Extra, or removes the member when v is nil.
func setZoneMember[T any](z *NetworkZone, name string, v *T) error {
	if v == nil {
		delete(z.Extra, name)
		return nil
	}
	return z.Extra.Set(name, v)
}

// NetworkZoneAddress is an IP address block or range of a network zone.
type NetworkZoneAddress struct {
	Type  NetworkZoneAddressType `json:"type,omitzero"`
	Value string                 `json:"value,omitzero"`
	Extra Extra                  `json:"-"`
}

// NetworkZoneLocation is a location of a dynamic network zone.
type NetworkZoneLocation struct {
	// Country is an ISO 3166-1 alpha-2 country code, such as "US".
	Country string `json:"country,omitzero"`
	// Region is an ISO 3166-2 region code with its country, such as "US-CA"; empty for the whole country.
	Region string `json:"region,omitzero"`
	Extra  Extra  `json:"-"`
}

// NetworkZoneType values that Okta added after the Management API 5.1.0.
const (
	NetworkZoneTypeDynamicV2 NetworkZoneType = "DYNAMIC_V2"
)

// IPServiceCategory is an IP service, such as a proxy or VPN, that an enhanced dynamic network zone includes
// or excludes. Okta adds services over time; an unknown one decodes as it is.
type IPServiceCategory string

// IPServiceCategory values: groups of services first, then single services by provider.
const (
	// IPServiceCategoryAllAnonymizers is every anonymizer.
	IPServiceCategoryAllAnonymizers IPServiceCategory = "ALL_ANONYMIZERS"
	// IPServiceCategoryAllAnonymizersExceptTor is every anonymizer but Tor.
	IPServiceCategoryAllAnonymizersExceptTor IPServiceCategory = "ALL_ANONYMIZERS_EXCEPT_TOR"
	// IPServiceCategoryAllIPServices is every IP service.
	IPServiceCategoryAllIPServices IPServiceCategory = "ALL_IP_SERVICES"
	// IPServiceCategoryAllProxiesVPNs is every proxy and VPN.
	IPServiceCategoryAllProxiesVPNs IPServiceCategory = "ALL_PROXIES_VPNS"
	// IPServiceCategoryAnonymizerTor is the Tor anonymizer.
	IPServiceCategoryAnonymizerTor IPServiceCategory = "ANONYMIZER_TOR"

	IPServiceCategoryABCProxyProxy         IPServiceCategory = "ABCPROXY_PROXY"
	IPServiceCategoryAppleICloudRelayProxy IPServiceCategory = "APPLE_ICLOUD_RELAY_PROXY"
	IPServiceCategoryAstrillVPN            IPServiceCategory = "ASTRILL_VPN"
	IPServiceCategoryAvastVPN              IPServiceCategory = "AVAST_VPN"
	IPServiceCategoryBigMamaProxy          IPServiceCategory = "BIGMAMA_PROXY"
	IPServiceCategoryCyberGhostVPN         IPServiceCategory = "CYBERGHOST_VPN"
	IPServiceCategoryDataImpulseProxy      IPServiceCategory = "DATAIMPULSE_PROXY"
	IPServiceCategoryExpressVPN            IPServiceCategory = "EXPRESS_VPN"
	IPServiceCategoryFacelessProxy         IPServiceCategory = "FACELESS_PROXY"
	IPServiceCategoryFroxyProxy            IPServiceCategory = "FROXY_PROXY"
	IPServiceCategoryGeoNodeProxy          IPServiceCategory = "GEONODE_PROXY"
	IPServiceCategoryGlobalProtectVPN      IPServiceCategory = "GLOBALPROTECT_VPN"
	IPServiceCategoryGoogleVPN             IPServiceCategory = "GOOGLE_VPN"
	IPServiceCategoryIPColaProxy           IPServiceCategory = "IPCOLA_PROXY"
	IPServiceCategoryIPIdeaProxy           IPServiceCategory = "IPIDEA_PROXY"
	IPServiceCategoryIProxyShopProxy       IPServiceCategory = "IPROXYSHOP_PROXY"
	IPServiceCategoryLuminatiProxy         IPServiceCategory = "LUMINATI_PROXY"
	IPServiceCategoryMullvadVPN            IPServiceCategory = "MULLVAD_VPN"
	IPServiceCategoryNetNutProxy           IPServiceCategory = "NETNUT_PROXY"
	IPServiceCategoryNexusProxy            IPServiceCategory = "NEXUS_PROXY"
	IPServiceCategoryNordVPN               IPServiceCategory = "NORD_VPN"
	IPServiceCategoryOculusProxy           IPServiceCategory = "OCULUS_PROXY"
	IPServiceCategoryOxylabsProxy          IPServiceCategory = "OXYLABS_PROXY"
	IPServiceCategoryPIAVPN                IPServiceCategory = "PIA_VPN"
	IPServiceCategoryProxyRackProxy        IPServiceCategory = "PROXYRACK_PROXY"
	IPServiceCategorySamsungVPN            IPServiceCategory = "SAMSUNG_VPN"
	IPServiceCategorySpaceProxiesProxy     IPServiceCategory = "SPACEPROXIES_PROXY"
	IPServiceCategorySurfsharkVPN          IPServiceCategory = "SURFSHARK_VPN"
	IPServiceCategorySymantecVPN           IPServiceCategory = "SYMANTEC_VPN"
	IPServiceCategoryTrendMicroVPN         IPServiceCategory = "TRENDMICRO_VPN"
	IPServiceCategoryUltraSurfVPN          IPServiceCategory = "ULTRASURF_VPN"
	IPServiceCategoryWARPVPN               IPServiceCategory = "WARP_VPN"
	IPServiceCategoryYiluProxy             IPServiceCategory = "YILU_PROXY"
)
