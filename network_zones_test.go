package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestNetworkZonesMethods(t *testing.T) {
	t.Parallel()
	recorded := func(op string) string { return string(firstPayload(t, "network_zones", op, "network_zone.")) }
	spec := func(op string) string { return string(firstPayload(t, "network_zones", op, "spec.")) }
	zone := &NetworkZone{
		Type: NetworkZoneTypeIP, Name: "newNetworkZone",
		Gateways: []NetworkZoneAddress{{Type: NetworkZoneAddressTypeCIDR, Value: "1.2.3.4/24"}, {Type: NetworkZoneAddressTypeCIDR, Value: "2.3.4.5/24"}},
		Proxies:  []NetworkZoneAddress{{Type: NetworkZoneAddressTypeCIDR, Value: "2.2.3.4/24"}, {Type: NetworkZoneAddressTypeCIDR, Value: "3.3.4.5/24"}},
	}
	zoneJSON := string(fixture(t, "network_zones/requests/createNetworkZone.spec.CreateIPPolicyNetworkZone.json"))
	dynamic := &NetworkZone{
		Type: NetworkZoneTypeDynamic, Name: "Dynamic", Usage: NetworkZoneUsageBlocklist, System: new(false),
		Locations: []NetworkZoneLocation{{Country: "AF", Region: "AF-BGL"}}, Asns: []string{"23457"}, ProxyType: "Tor",
	}
	dynamicJSON := `{"type": "DYNAMIC", "name": "Dynamic", "usage": "BLOCKLIST", "system": false,
		"locations": [{"country": "AF", "region": "AF-BGL"}], "asns": ["23457"], "proxyType": "Tor"}`
	const id, esc = "nzo/1", "nzo%2F1"
	calls := []apiCall{
		{
			op: "listNetworkZones",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.NetworkZones.List(ctx, &NetworkZonesListOptions{After: "c1", Limit: 5, Filter: `usage eq "BLOCKLIST"`})
			},
			method: http.MethodGet, path: "/api/v1/zones",
			query:    map[string]string{"after": "c1", "limit": "5", "filter": `usage eq "BLOCKLIST"`},
			response: []byte(recorded("listNetworkZones")),
			check: func(t *testing.T, got any) {
				zones := got.([]NetworkZone)
				if len(zones) != 2 || zones[0].Usage != NetworkZoneUsageBlocklist || zones[0].System == nil || !*zones[0].System || zones[0].Gateways != nil {
					t.Errorf("zones = %+v", zones)
				}
			},
		},
		{
			op: "createNetworkZone",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.NetworkZones.Create(ctx, zone)
			},
			method: http.MethodPost, path: "/api/v1/zones", body: zoneJSON, response: []byte(recorded("createNetworkZone")),
			check: func(t *testing.T, got any) {
				z := got.(*NetworkZone)
				if z.ID == "" || z.System == nil || *z.System || len(z.Proxies) != 1 {
					t.Errorf("zone = %+v", z)
				}
			},
		},
		{
			op: "getNetworkZone", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.NetworkZones.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/zones/" + esc, response: firstPayload(t, "network_zones", "getNetworkZone", "spec.RetrieveNetworkZoneDynamic"),
			check: func(t *testing.T, got any) {
				z := got.(*NetworkZone)
				if z.Type != NetworkZoneTypeDynamic || z.Locations[0].Region != "AF-BGL" || z.Asns[0] != "23457" || z.ProxyType != "ANY" {
					t.Errorf("zone = %+v", z)
				}
			},
		},
		{
			op: "replaceNetworkZone", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.NetworkZones.Replace(ctx, ids[0], dynamic)
			},
			method: http.MethodPut, path: "/api/v1/zones/" + esc, body: dynamicJSON, response: []byte(recorded("replaceNetworkZone")),
		},
		{
			op: "deleteNetworkZone", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.NetworkZones.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/zones/" + esc, status: http.StatusNoContent,
		},
		{
			op: "activateNetworkZone", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.NetworkZones.Activate(ctx, ids[0])
			},
			method: http.MethodPost, path: "/api/v1/zones/" + esc + "/lifecycle/activate", response: []byte(spec("activateNetworkZone")),
		},
		{
			op: "deactivateNetworkZone", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.NetworkZones.Deactivate(ctx, ids[0])
			},
			method: http.MethodPost, path: "/api/v1/zones/" + esc + "/lifecycle/deactivate", response: []byte(recorded("deactivateNetworkZone")),
			check: func(t *testing.T, got any) {
				if z := got.(*NetworkZone); z.Status != NetworkZoneStatusInactive {
					t.Errorf("status = %s", z.Status)
				}
			},
		},
	}
	checkCalledOperations(t, calls, "NetworkZone")
	runAPICalls(t, calls)
}

func TestNetworkZonesIterator(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "ListIter", path: "/api/v1/zones", query: map[string]string{"filter": `usage eq "POLICY"`, "limit": "1"},
		first: `[{"id": "nzo1", "type": "IP"}]`, second: `[{"id": "nzo2", "type": "DYNAMIC"}]`,
		walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
			return countAll(c.NetworkZones.ListIter(ctx, &NetworkZonesListOptions{Filter: `usage eq "POLICY"`, Limit: 1}))
		},
	}})
}

func TestNetworkZonesRecorded(t *testing.T) {
	t.Parallel()
	one := func(t *testing.T, raw []byte) { assertRoundTrip[*NetworkZone](t, raw) }
	checkRecordedPayloads(t, "network_zones", map[string]func(*testing.T, []byte){
		"listNetworkZones":      func(t *testing.T, raw []byte) { assertRoundTrip[[]NetworkZone](t, raw) },
		"createNetworkZone":     one,
		"getNetworkZone":        one,
		"replaceNetworkZone":    one,
		"activateNetworkZone":   one,
		"deactivateNetworkZone": one,
		// The bodies the recording SDK sent and the spec's request examples.
		"requests/createNetworkZone":  one,
		"requests/replaceNetworkZone": one,
	})
}

// TestNetworkZoneGetChangeReplaceIsLossless replaces a zone with what Get returned plus one gateway, as the
// recorded update did: the PUT body is the zone as Okta sent it, with that change.
func TestNetworkZoneGetChangeReplaceIsLossless(t *testing.T) {
	t.Parallel()
	got := fixture(t, "network_zones/createNetworkZone/network_zone.test_update_network_zone.0.json")
	want := `{"type":"IP","id":"nzo10bcxca6D4LW0c5d7","name":"testNetworkZone","status":"ACTIVE","usage":"POLICY",
		"created":"2021-06-14T15:06:13.000Z","lastUpdated":"2021-06-14T15:06:13.000Z","system":false,
		"gateways":[{"type":"CIDR","value":"1.2.3.4/24"},{"type":"CIDR","value":"2.3.4.5/24"}],"proxies":[{"type":"CIDR","value":"2.2.3.4/24"}],
		"_links":{"self":{"href":"https://test.okta.com/api/v1/zones/nzo10bcxca6D4LW0c5d7","hints":{"allow":["GET","PUT","DELETE"]}},
		"deactivate":{"href":"https://test.okta.com/api/v1/zones/nzo10bcxca6D4LW0c5d7/lifecycle/deactivate","hints":{"allow":["POST"]}}}}`
	// The recorded PUT body is that value.
	assertJSONEqual(t, string(fixture(t, "network_zones/requests/replaceNetworkZone.network_zone.test_update_network_zone.1.json")), want)

	c, mux := setup(t)
	mux.HandleFunc("GET /api/v1/zones/nzo10bcxca6D4LW0c5d7", func(w http.ResponseWriter, r *http.Request) { serveJSON(w, http.StatusOK, got) })
	mux.HandleFunc("PUT /api/v1/zones/nzo10bcxca6D4LW0c5d7", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, want)
		serveJSON(w, http.StatusOK, []byte(want))
	})
	z, _, err := c.NetworkZones.Get(t.Context(), "nzo10bcxca6D4LW0c5d7")
	if err != nil {
		t.Fatal(err)
	}
	z.Gateways = append(z.Gateways, NetworkZoneAddress{Type: NetworkZoneAddressTypeCIDR, Value: "2.3.4.5/24"})
	if _, _, err := c.NetworkZones.Replace(t.Context(), z.ID, z); err != nil {
		t.Fatal(err)
	}
}
