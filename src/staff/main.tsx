/** @jsxImportSource preact */
/** The staff page's entry (scripts/staff/build.js bundles it to /staff/); not part of the Taro app. */
import { render } from 'preact'
import { StaffApp } from './StaffApp'
import { createStaffServer } from './server'
import './staff.css'

const root = document.getElementById('staff')
if (root) render(<StaffApp server={createStaffServer(window.fetch.bind(window))} />, root)
