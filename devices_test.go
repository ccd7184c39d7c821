package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestDevicesMethods(t *testing.T) {
	t.Parallel()
	recorded := func(op string) string { return string(firstPayload(t, "devices", op, "device.")) }
	const id, esc = "guo/1", "guo%2F1"
	lifecycle := func(name, action string, call func(c *Client, ctx context.Context, id string) (*Response, error)) apiCall {
		return apiCall{
			op: name, ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(call(c, ctx, ids[0]))
			},
			method: http.MethodPost, path: "/api/v1/devices/" + esc + "/lifecycle/" + action, status: http.StatusNoContent,
		}
	}
	calls := []apiCall{
		{
			op: "listDevices",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Devices.List(ctx, &DevicesListOptions{After: "c1", Limit: 5, Search: `profile.platform eq "WINDOWS"`, Expand: "user"})
			},
			method: http.MethodGet, path: "/api/v1/devices",
			query:    map[string]string{"after": "c1", "limit": "5", "search": `profile.platform eq "WINDOWS"`, "expand": "user"},
			response: []byte(recorded("listDevices")),
			check: func(t *testing.T, got any) {
				ds := got.([]Device)
				if len(ds) == 0 || ds[0].Profile.Platform != DevicePlatformIOS || !ds[0].Profile.Registered || ds[0].ResourceDisplayName.Value != "HQPWN2JYWK" {
					t.Errorf("devices = %+v", ds)
				}
			},
		},
		{
			op: "getDevice", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Devices.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/devices/" + esc, response: []byte(recorded("getDevice")),
			check: func(t *testing.T, got any) {
				d := got.(*Device)
				if d.Status != DeviceStatusSuspended || d.Profile.AuthenticatorAppKey == "" || d.Embedded["originatedFrom"] == nil || d.Links.Href("unsuspend") == "" {
					t.Errorf("device = %+v", d)
				}
			},
		},
		{
			op: "deleteDevice", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Devices.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/devices/" + esc, status: http.StatusNoContent,
		},
		lifecycle("activateDevice", "activate", func(c *Client, ctx context.Context, id string) (*Response, error) {
			return c.Devices.Activate(ctx, id)
		}),
		lifecycle("deactivateDevice", "deactivate", func(c *Client, ctx context.Context, id string) (*Response, error) {
			return c.Devices.Deactivate(ctx, id)
		}),
		lifecycle("suspendDevice", "suspend", func(c *Client, ctx context.Context, id string) (*Response, error) {
			return c.Devices.Suspend(ctx, id)
		}),
		lifecycle("unsuspendDevice", "unsuspend", func(c *Client, ctx context.Context, id string) (*Response, error) {
			return c.Devices.Unsuspend(ctx, id)
		}),
		{
			op: "listDeviceUsers", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Devices.ListUsers(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/devices/" + esc + "/users", response: []byte(recorded("listDeviceUsers")),
			check: func(t *testing.T, got any) {
				us := got.([]DeviceUser)
				if len(us) != 1 || us[0].ManagementStatus != "NOT_MANAGED" || us[0].User.Profile.FirstName != "Aditya" || us[0].Created.IsZero() {
					t.Errorf("users = %+v", us)
				}
			},
		},
	}
	checkCalledOperations(t, calls, "Device")
	runAPICalls(t, calls)
}

func TestDevicesIterator(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "ListIter", path: "/api/v1/devices", query: map[string]string{"search": `status eq "ACTIVE"`, "limit": "1"},
		first: `[{"id": "guo1"}]`, second: `[{"id": "guo2"}]`,
		walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
			return countAll(c.Devices.ListIter(ctx, &DevicesListOptions{Search: `status eq "ACTIVE"`, Limit: 1}))
		},
	}})
}

func TestDevicesRecorded(t *testing.T) {
	t.Parallel()
	checkRecordedPayloads(t, "devices", map[string]func(*testing.T, []byte){
		"listDevices": func(t *testing.T, raw []byte) { assertRoundTrip[[]Device](t, raw) },
		"getDevice":   func(t *testing.T, raw []byte) { assertRoundTrip[*Device](t, raw) },
		"listDeviceUsers": func(t *testing.T, raw []byte) {
			if raw[0] == '{' {
				// The spec's example is one device user, though the operation returns a list.
				assertRoundTrip[*DeviceUser](t, raw)
				return
			}
			assertRoundTrip[[]DeviceUser](t, raw)
		},
	})
}

func TestDevicesRecordedErrors(t *testing.T) {
	t.Parallel()
	const id = "non-existent-device-id"
	checkRecordedErrors(t, "devices", []apiCall{
		{op: "getDevice", call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return c.Devices.Get(ctx, id)
		}},
		{op: "activateDevice", call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return apiNoResult(c.Devices.Activate(ctx, id))
		}},
		{op: "listDeviceUsers", call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return c.Devices.ListUsers(ctx, id)
		}},
		{op: "listDevices", call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return c.Devices.List(ctx, &DevicesListOptions{After: "mock_cursor_for_testing", Limit: 2})
		}},
	})
}
